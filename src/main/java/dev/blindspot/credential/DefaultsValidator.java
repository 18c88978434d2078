package dev.blindspot.credential;

import dev.blindspot.credential.DefaultsFile.CredentialDoc;
import dev.blindspot.credential.DefaultsFile.LockoutDoc;
import dev.blindspot.credential.DefaultsFile.PathDoc;
import dev.blindspot.credential.DefaultsFile.SourceDoc;
import dev.blindspot.credential.DefaultsFile.VendorDoc;
import dev.blindspot.inventory.Secret;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks a bound {@link DefaultsFile} and turns it into typed values; collects every problem it finds. */
final class DefaultsValidator {

    static final Set<String> PROTOCOLS = Set.of("http", "rtsp", "onvif", "telnet", "ssh", "dvrip");
    /** The weak-password list stays small: it is tried within the same per-account budget. */
    static final int MAX_WEAK_PASSWORDS = 10;
    static final String GENERIC = "Generic";

    private final String file;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> sourceIds = new LinkedHashSet<>();

    DefaultsValidator(String file) {
        this.file = file;
    }

    DefaultCredentials validate(DefaultsFile doc) {
        if (doc == null) {
            throw new CredentialDataException(file + ": empty document");
        }
        if (doc.version() == null || doc.version() < 1) {
            problems.add("missing or invalid 'version' (a positive integer)");
        }
        List<CredentialSource> sources = sources(doc.sources());
        Map<String, VendorProfile> vendors = vendors(doc.vendors());
        List<DefaultCredential> credentials = credentials(doc.credentials(), vendors);
        List<Secret> weak = weakPasswords(doc.weakPasswords());
        if (!problems.isEmpty()) {
            throw new CredentialDataException(file + ": " + problems.size() + " problem(s):\n  - "
                    + String.join("\n  - ", problems));
        }
        return new DefaultCredentials(doc.version(), sources, List.copyOf(vendors.values()), credentials, weak,
                doc.weakPasswords() == null ? "" : doc.weakPasswords().source());
    }

    private List<CredentialSource> sources(List<SourceDoc> docs) {
        if (docs == null || docs.isEmpty()) {
            problems.add("missing 'sources' (at least one source must be declared)");
            return List.of();
        }
        List<CredentialSource> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            SourceDoc s = docs.get(i);
            String where = "sources[" + i + "]";
            if (s == null || blank(s.id()) || blank(s.reference())) {
                problems.add(where + ": needs both 'id' and 'reference'");
            } else if (!sourceIds.add(s.id())) {
                problems.add(where + ": duplicate source id '" + s.id() + "'");
            } else {
                out.add(new CredentialSource(s.id(), s.reference()));
            }
        }
        return out;
    }

    private Map<String, VendorProfile> vendors(List<VendorDoc> docs) {
        Map<String, VendorProfile> out = new LinkedHashMap<>();
        if (docs == null || docs.isEmpty()) {
            problems.add("missing 'vendors'");
            return out;
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            VendorDoc v = docs.get(i);
            if (v == null || blank(v.name())) {
                problems.add("vendors[" + i + "]: missing field 'name'");
                continue;
            }
            String where = "vendors[" + i + "] (" + v.name() + ")";
            List<String> aliases = v.aliases() == null ? List.of()
                    : v.aliases().stream().map(a -> a == null ? "" : a).toList();
            for (String n : concat(v.name(), aliases)) {
                if (blank(n) || !names.add(n.trim().toLowerCase(java.util.Locale.ROOT))) {
                    problems.add(where + ": name or alias '" + n + "' is blank or already used");
                }
            }
            out.put(v.name(), new VendorProfile(v.name(), aliases, loginPaths(where, v.loginPaths()),
                    lockout(where, v.lockout())));
        }
        if (!out.containsKey(GENERIC)) {
            problems.add("vendors: the vendor '" + GENERIC + "' must be declared");
        }
        return out;
    }

    private List<VendorProfile.LoginPath> loginPaths(String where, List<PathDoc> docs) {
        if (docs == null) {
            problems.add(where + ": missing field 'loginPaths' (write [] when none is known)");
            return List.of();
        }
        List<VendorProfile.LoginPath> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            PathDoc p = docs.get(i);
            String at = where + ".loginPaths[" + i + "]";
            if (p == null || blank(p.path()) || !p.path().startsWith("/") || !p.path().matches("\\p{Graph}+")) {
                problems.add(at + ": 'path' must start with '/' and contain no spaces or control characters");
            } else if (checkSource(at, p.source())) {
                out.add(new VendorProfile.LoginPath(p.path(), p.source()));
            }
        }
        return out;
    }

    private Optional<VendorProfile.Lockout> lockout(String where, LockoutDoc doc) {
        if (doc == null) {
            return Optional.empty();
        }
        String at = where + ".lockout";
        if (doc.attempts() == null || doc.attempts() < 1) {
            problems.add(at + ": 'attempts' must be a positive integer (leave 'lockout' out when unknown)");
            return Optional.empty();
        }
        Optional<Duration> duration = Optional.empty();
        if (doc.duration() != null) {
            try {
                duration = Optional.of(Duration.parse(doc.duration()));
            } catch (DateTimeParseException e) {
                problems.add(at + ": 'duration' is not an ISO-8601 duration such as PT30M: " + doc.duration());
            }
        }
        return checkSource(at, doc.source())
                ? Optional.of(new VendorProfile.Lockout(doc.attempts(), duration, doc.source()))
                : Optional.empty();
    }

    private List<DefaultCredential> credentials(List<CredentialDoc> docs, Map<String, VendorProfile> vendors) {
        if (docs == null || docs.isEmpty()) {
            problems.add("missing 'credentials'");
            return List.of();
        }
        List<DefaultCredential> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            CredentialDoc c = docs.get(i);
            if (c == null) {
                problems.add("credentials[" + i + "]: empty entry");
                continue;
            }
            String where = "credentials[" + i + "] (vendor " + c.vendor() + ", user " + c.username() + ")";
            int before = problems.size();
            Optional<VendorProfile> vendor = vendors.values().stream()
                    .filter(v -> c.vendor() != null && v.answersTo(c.vendor())).findFirst();
            if (c.vendor() == null) {
                problems.add(where + ": missing field 'vendor'");
            } else if (vendor.isEmpty()) {
                problems.add(where + ": unknown vendor '" + c.vendor() + "' (declared: "
                        + String.join(", ", vendors.keySet()) + ")");
            }
            Set<String> protocols = protocols(where, c.protocols());
            if (c.username() == null || c.username().isBlank()) {
                problems.add(where + ": missing field 'username'");
            } else if (!c.username().matches("[^:\\p{Cntrl}]+")) {
                problems.add(where + ": 'username' must not contain ':' or control characters");
            }
            if (c.password() == null) {
                problems.add(where + ": missing field 'password' (write \"\" for a blank password)");
            } else if (c.password().chars().anyMatch(Character::isISOControl)) {
                problems.add(where + ": 'password' must not contain control characters");
            }
            checkSource(where, c.source());
            Optional<Pattern> product = Optional.empty();
            if (c.product() != null) {
                try {
                    product = Optional.of(Pattern.compile(c.product(), Pattern.CASE_INSENSITIVE));
                } catch (PatternSyntaxException e) {
                    problems.add(where + ": 'product' is not a regular expression: " + e.getDescription());
                }
            }
            if (problems.size() > before) {
                continue;
            }
            DefaultCredential cred = new DefaultCredential(vendor.orElseThrow().name(), protocols, c.username(),
                    new Secret(c.password()), c.source(), product, DefaultCredential.Origin.DEFAULT);
            if (out.stream().anyMatch(o -> o.vendor().equals(cred.vendor()) && o.samePair(cred)
                    && o.product().map(Pattern::pattern).equals(cred.product().map(Pattern::pattern)))) {
                problems.add(where + ": duplicate of an earlier entry for the same vendor");
            } else {
                out.add(cred);
            }
        }
        return out;
    }

    private List<Secret> weakPasswords(DefaultsFile.WeakDoc doc) {
        if (doc == null) {
            return List.of();
        }
        List<String> passwords = doc.passwords() == null ? List.of() : doc.passwords();
        if (passwords.isEmpty() || passwords.size() > MAX_WEAK_PASSWORDS) {
            problems.add("weakPasswords: between 1 and " + MAX_WEAK_PASSWORDS + " passwords (a small bounded list)");
        }
        if (passwords.stream().anyMatch(p -> p == null || p.isEmpty() || p.chars().anyMatch(Character::isISOControl))) {
            problems.add("weakPasswords: passwords must be non-empty and without control characters");
        }
        if (new LinkedHashSet<>(passwords).size() != passwords.size()) {
            problems.add("weakPasswords: a password is listed twice");
        }
        checkSource("weakPasswords", doc.source());
        return passwords.stream().filter(p -> p != null).map(Secret::new).toList();
    }

    private Set<String> protocols(String where, List<String> protocols) {
        if (protocols == null || protocols.isEmpty()) {
            problems.add(where + ": missing field 'protocols' (some of: "
                    + String.join(", ", new java.util.TreeSet<>(PROTOCOLS)) + ")");
            return Set.of();
        }
        for (String p : protocols) {
            if (p == null || !PROTOCOLS.contains(p)) {
                problems.add(where + ": unknown protocol '" + p + "' (allowed: "
                        + String.join(", ", new java.util.TreeSet<>(PROTOCOLS)) + ")");
            }
        }
        return protocols.stream().filter(p -> p != null && PROTOCOLS.contains(p))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private boolean checkSource(String where, String source) {
        if (blank(source)) {
            problems.add(where + ": missing field 'source'");
            return false;
        }
        if (!sourceIds.contains(source)) {
            problems.add(where + ": source '" + source + "' is not declared under 'sources'");
            return false;
        }
        return true;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
