package dev.blindspot.credential;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Secret;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Credentials the operator supplies for an authenticated audit ({@code scan --credentials FILE}; format in
 * {@code docs/credentials.md}). Each entry applies to one address, a CIDR range or a vendor; the password is written
 * in the file or read from an environment variable ({@code password_env}). Most specific first: address, then
 * range, then vendor. Immutable; the file is read once, bounded to {@value #MAX_BYTES} bytes and
 * {@value #MAX_ENTRIES} entries.
 */
public final class OperatorCredentials {

    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_ENTRIES = 10_000;
    /** The {@code source} id of operator-supplied candidates. */
    public static final String SOURCE = "operator";

    /** One entry, its scope resolved. */
    record Entry(Scope scope, String match, Set<String> protocols, String username, Secret password) {}

    enum Scope { ADDRESS, RANGE, VENDOR }

    private final List<Entry> entries;
    private final Optional<String> warning;

    private OperatorCredentials(List<Entry> entries, Optional<String> warning) {
        this.entries = List.copyOf(entries);
        this.warning = warning;
    }

    /** Reads {@code file}; environment variables are looked up with {@code env}. */
    public static OperatorCredentials load(Path file, Function<String, Optional<String>> env) {
        Optional<String> warning = worldReadable(file)
                ? Optional.of(file + " is readable by every user of this machine; restrict it (chmod 600)")
                : Optional.empty();
        try (InputStream in = Files.newInputStream(file)) {
            return new OperatorCredentials(entries(in, file.toString(), env), warning);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CredentialDataException(file + ": no such file", e);
        } catch (IOException e) {
            throw new CredentialDataException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads from the process environment. */
    public static OperatorCredentials load(Path file) {
        return load(file, name -> Optional.ofNullable(System.getenv(name)));
    }

    /** Parses YAML text; {@code name} is used in error messages. */
    public static OperatorCredentials parse(InputStream in, String name, Function<String, Optional<String>> env) {
        try {
            return new OperatorCredentials(entries(in, name, env), Optional.empty());
        } catch (IOException e) {
            throw new CredentialDataException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A warning for the operator (e.g. a world-readable file), if any; never contains a password. */
    public Optional<String> warning() {
        return warning;
    }

    public int size() {
        return entries.size();
    }

    /** The operator's credentials that apply to the device, most specific first, each tagged as operator-supplied. */
    public List<DefaultCredential> candidatesFor(String address, Identity identity, String protocol) {
        List<DefaultCredential> out = new ArrayList<>();
        entries.stream().filter(e -> e.protocols().isEmpty() || e.protocols().contains(protocol))
                .filter(e -> matches(e, address, identity))
                .sorted(Comparator.comparing(Entry::scope))
                .forEach(e -> {
                    DefaultCredential c = new DefaultCredential(identity.vendor().orElse(DefaultsValidator.GENERIC),
                            Set.of(protocol), e.username(), e.password(), SOURCE, Optional.empty(),
                            DefaultCredential.Origin.OPERATOR);
                    if (out.stream().noneMatch(o -> o.samePair(c))) {
                        out.add(c);
                    }
                });
        return List.copyOf(out);
    }

    private static boolean matches(Entry e, String address, Identity identity) {
        return switch (e.scope()) {
            case ADDRESS -> sameAddress(e.match(), address);
            case RANGE -> inRange(e.match(), address);
            case VENDOR -> identity.vendor().map(v -> v.equalsIgnoreCase(e.match())).orElse(false)
                    || identity.manufacturer().map(v -> v.equalsIgnoreCase(e.match())).orElse(false);
        };
    }

    private static boolean sameAddress(String wanted, String address) {
        IPAddress a = new IPAddressString(wanted).getAddress();
        IPAddress b = new IPAddressString(address).getAddress();
        return a != null && b != null && a.equals(b);
    }

    private static boolean inRange(String cidr, String address) {
        IPAddress block = new IPAddressString(cidr).getAddress();
        IPAddress a = new IPAddressString(address).getAddress();
        return block != null && a != null && block.toPrefixBlock().contains(a);
    }

    private static boolean worldReadable(Path file) {
        try {
            return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** The raw YAML shape. */
    record FileDoc(Integer version, List<EntryDoc> credentials) {}

    record EntryDoc(String address, String range, String vendor, List<String> protocols, String username,
                    String password, @com.fasterxml.jackson.annotation.JsonProperty("password_env") String passwordEnv) {}

    private static List<Entry> entries(InputStream in, String name, Function<String, Optional<String>> env)
            throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new CredentialDataException(name + ": larger than " + MAX_BYTES + " bytes");
        }
        YAMLMapper mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        FileDoc doc;
        try {
            doc = mapper.readValue(bytes, FileDoc.class);
        } catch (JacksonException e) {
            // the message names the field, never its value (a password may be in it)
            throw new CredentialDataException(name + ": not a credentials file: " + e.getOriginalMessage()
                    .replaceAll("\\(from .*", "").replaceAll("\"[^\"]*\"", "\"…\""));
        }
        if (doc == null || doc.credentials() == null || doc.credentials().isEmpty()) {
            throw new CredentialDataException(name + ": no 'credentials' list");
        }
        if (doc.credentials().size() > MAX_ENTRIES) {
            throw new CredentialDataException(name + ": more than " + MAX_ENTRIES + " entries");
        }
        List<String> problems = new ArrayList<>();
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < doc.credentials().size(); i++) {
            EntryDoc d = doc.credentials().get(i);
            String where = "credentials[" + i + "]";
            if (d == null) {
                problems.add(where + ": empty entry");
                continue;
            }
            int scopes = (d.address() == null ? 0 : 1) + (d.range() == null ? 0 : 1) + (d.vendor() == null ? 0 : 1);
            if (scopes != 1) {
                problems.add(where + ": exactly one of 'address', 'range' or 'vendor'");
                continue;
            }
            Scope scope = d.address() != null ? Scope.ADDRESS : d.range() != null ? Scope.RANGE : Scope.VENDOR;
            String match = d.address() != null ? d.address() : d.range() != null ? d.range() : d.vendor();
            if (scope == Scope.ADDRESS && (new IPAddressString(match).getAddress() == null
                    || new IPAddressString(match).getAddress().isMultiple())) {
                problems.add(where + ": 'address' is not one IP address: " + match);
            }
            if (scope == Scope.RANGE && (new IPAddressString(match).getAddress() == null
                    || !new IPAddressString(match).isPrefixed())) {
                problems.add(where + ": 'range' is not a CIDR block such as 10.0.0.0/24: " + match);
            }
            Set<String> protocols = d.protocols() == null ? Set.of() : Set.copyOf(d.protocols());
            protocols.stream().filter(p -> !DefaultsValidator.PROTOCOLS.contains(p)).forEach(p ->
                    problems.add(where + ": unknown protocol '" + p + "'"));
            if (d.username() == null || d.username().isBlank() || !d.username().matches("[^:\\p{Cntrl}]+")) {
                problems.add(where + ": 'username' missing or containing ':' or control characters");
            }
            Optional<String> password = Optional.empty();
            if ((d.password() == null) == (d.passwordEnv() == null)) {
                problems.add(where + ": exactly one of 'password' or 'password_env'");
            } else if (d.password() != null) {
                password = Optional.of(d.password());
            } else {
                password = env.apply(d.passwordEnv());
                if (password.isEmpty()) {
                    problems.add(where + ": environment variable " + d.passwordEnv() + " is not set");
                }
            }
            if (password.isPresent() && password.get().chars().anyMatch(Character::isISOControl)) {
                problems.add(where + ": the password contains control characters");
                password = Optional.empty();
            }
            if (password.isPresent() && problems.isEmpty()) {
                out.add(new Entry(scope, scope == Scope.VENDOR ? match.toLowerCase(Locale.ROOT) : match, protocols,
                        d.username(), new Secret(password.get())));
            }
        }
        if (!problems.isEmpty()) {
            throw new CredentialDataException(name + ": " + problems.size() + " problem(s):\n  - "
                    + String.join("\n  - ", problems));
        }
        return out;
    }
}
