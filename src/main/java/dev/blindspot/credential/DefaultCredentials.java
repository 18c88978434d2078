package dev.blindspot.credential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Secret;

/**
 * The default-credential knowledge base (loaded from {@code credentials/defaults.yaml}, validated on load).
 * Immutable; answers which pairs to try for a vendor and protocol, vendor's own first.
 */
public final class DefaultCredentials {

    /** The bundled data file on the class path. */
    public static final String RESOURCE = "/credentials/defaults.yaml";
    /** How many vendor-independent pairs are added after a vendor's own. */
    public static final int GENERIC_LIMIT = 3;

    private final int version;
    private final List<CredentialSource> sources;
    private final List<VendorProfile> vendors;
    private final List<DefaultCredential> credentials;
    private final List<Secret> weakPasswords;
    private final String weakSource;

    DefaultCredentials(int version, List<CredentialSource> sources, List<VendorProfile> vendors,
                       List<DefaultCredential> credentials, List<Secret> weakPasswords, String weakSource) {
        this.version = version;
        this.sources = List.copyOf(sources);
        this.vendors = List.copyOf(vendors);
        this.credentials = List.copyOf(credentials);
        this.weakPasswords = List.copyOf(weakPasswords);
        this.weakSource = weakSource;
    }

    /** Loads the bundled data; a malformed file is a build error, reported as {@link CredentialDataException}. */
    public static DefaultCredentials bundled() {
        try (InputStream in = DefaultCredentials.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CredentialDataException(RESOURCE + ": not on the class path");
            }
            return load(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and validates YAML; {@code name} is used in error messages. */
    public static DefaultCredentials load(InputStream yaml, String name) {
        return new DefaultsValidator(name).validate(DefaultsYaml.read(yaml, name));
    }

    public int version() {
        return version;
    }

    public List<CredentialSource> sources() {
        return sources;
    }

    public List<VendorProfile> vendors() {
        return vendors;
    }

    public List<DefaultCredential> all() {
        return credentials;
    }

    /** The profile whose name or alias matches (case-insensitive), if any. */
    public Optional<VendorProfile> vendor(String nameOrAlias) {
        return vendors.stream().filter(v -> v.answersTo(nameOrAlias)).findFirst();
    }

    /**
     * Pairs to try, in order: the vendor's own entries for the protocol (file order), then at most
     * {@link #GENERIC_LIMIT} Generic pairs not already listed. An unknown or absent vendor gets only the
     * Generic pairs. Never a username × password cross product: only pairs written in the data.
     */
    public List<DefaultCredential> candidatesFor(Optional<String> vendor, String protocol) {
        return candidatesFor(vendor, Optional.empty(), Optional.empty(), protocol);
    }

    /**
     * Pairs to try for a fingerprinted device, in order: the brand's own entries whose product pattern fits the
     * model (entries limited to a product line only when the model is known and matches), then its OEM
     * manufacturer's (Lorex → Dahua, LTS → Hikvision), then at most {@link #GENERIC_LIMIT} Generic pairs; no pair
     * twice. Never a cross product.
     */
    public List<DefaultCredential> candidatesFor(Identity identity, String protocol) {
        return candidatesFor(identity.vendor(), identity.manufacturer(), identity.model(), protocol);
    }

    /** As {@link #candidatesFor(Identity, String)} from the parts of an identity. */
    public List<DefaultCredential> candidatesFor(Optional<String> vendor, Optional<String> manufacturer,
                                                 Optional<String> model, String protocol) {
        if (!DefaultsValidator.PROTOCOLS.contains(protocol)) {
            throw new IllegalArgumentException("unknown protocol: " + protocol);
        }
        List<DefaultCredential> out = new ArrayList<>();
        for (Optional<String> who : List.of(vendor, manufacturer)) {
            String canonical = who.flatMap(this::vendor).map(VendorProfile::name)
                    .filter(n -> !n.equals(DefaultsValidator.GENERIC)).orElse(null);
            if (canonical == null) {
                continue;
            }
            credentials.stream().filter(c -> c.vendor().equals(canonical) && c.appliesTo(protocol)
                            && c.appliesToModel(model) && out.stream().noneMatch(o -> o.samePair(c)))
                    .forEach(out::add);
        }
        int generic = 0;
        for (DefaultCredential c : credentials) {
            if (generic < GENERIC_LIMIT && c.vendor().equals(DefaultsValidator.GENERIC) && c.appliesTo(protocol)
                    && out.stream().noneMatch(o -> o.samePair(c))) {
                out.add(c);
                generic++;
            }
        }
        return List.copyOf(out);
    }

    /**
     * The documented lockout that applies to the device: its brand's, else its OEM manufacturer's (a Lorex runs Dahua
     * firmware and locks like one). Empty when neither is documented.
     */
    public Optional<VendorProfile.Lockout> lockoutFor(Identity identity) {
        return identity.vendor().flatMap(this::vendor).flatMap(VendorProfile::lockout)
                .or(() -> identity.manufacturer().flatMap(this::vendor).flatMap(VendorProfile::lockout));
    }

    /** The bounded weak-password list of {@code --weak-passwords} (at most 10), in file order. */
    public List<Secret> weakPasswords() {
        return weakPasswords;
    }

    /**
     * Weak-password candidates for a device: each weak password with the usernames of the device's own default
     * pairs (its first one or two accounts, {@code admin} when none is known), skipping pairs that are already
     * vendor defaults. Tried after the vendor defaults, within the same budget.
     */
    public List<DefaultCredential> weakCandidatesFor(Identity identity, String protocol) {
        List<DefaultCredential> own = candidatesFor(identity, protocol);
        List<String> users = own.stream().filter(c -> !c.vendor().equals(DefaultsValidator.GENERIC))
                .map(DefaultCredential::username).distinct().limit(2).toList();
        if (users.isEmpty()) {
            users = List.of("admin");
        }
        String vendor = identity.vendor().flatMap(this::vendor).map(VendorProfile::name)
                .orElse(DefaultsValidator.GENERIC);
        List<DefaultCredential> out = new ArrayList<>();
        for (Secret password : weakPasswords) {
            for (String user : users) {
                DefaultCredential c = new DefaultCredential(vendor, Set.of(protocol), user, password, weakSource,
                        Optional.empty(), DefaultCredential.Origin.WEAK);
                if (own.stream().noneMatch(o -> o.samePair(c))) {
                    out.add(c);
                }
            }
        }
        return List.copyOf(out);
    }
}
