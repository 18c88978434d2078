package dev.blindspot.credential;

import java.util.List;

/**
 * The raw shape of {@code defaults.yaml} as Jackson binds it. Every field may be missing (null);
 * {@link DefaultsValidator} checks it and builds the typed model.
 */
record DefaultsFile(Integer version, List<SourceDoc> sources, List<VendorDoc> vendors,
                    List<CredentialDoc> credentials) {

    record SourceDoc(String id, String reference) {}

    record VendorDoc(String name, List<String> aliases, List<PathDoc> loginPaths, LockoutDoc lockout,
                     String note) {}

    record PathDoc(String path, String source) {}

    record LockoutDoc(Integer attempts, String duration, String source, String note) {}

    record CredentialDoc(String vendor, List<String> protocols, String username, String password,
                         String source) {}
}
