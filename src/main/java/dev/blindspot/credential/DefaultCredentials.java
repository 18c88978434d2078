package dev.blindspot.credential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    DefaultCredentials(int version, List<CredentialSource> sources, List<VendorProfile> vendors,
                       List<DefaultCredential> credentials) {
        this.version = version;
        this.sources = List.copyOf(sources);
        this.vendors = List.copyOf(vendors);
        this.credentials = List.copyOf(credentials);
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
        if (!DefaultsValidator.PROTOCOLS.contains(protocol)) {
            throw new IllegalArgumentException("unknown protocol: " + protocol);
        }
        String canonical = vendor.flatMap(this::vendor).map(VendorProfile::name)
                .filter(n -> !n.equals(DefaultsValidator.GENERIC)).orElse(null);
        List<DefaultCredential> out = new ArrayList<>();
        if (canonical != null) {
            credentials.stream().filter(c -> c.vendor().equals(canonical) && c.appliesTo(protocol)).forEach(out::add);
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
}
