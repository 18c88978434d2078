package dev.blindspot.credential;

import java.util.List;

/**
 * The raw shape of {@code defaults.yaml} as Jackson binds it. Every field may be missing (null);
 * {@link DefaultsValidator} checks it and builds the typed model.
 */
record DefaultsFile(Integer version, List<SourceDoc> sources, List<VendorDoc> vendors,
                    List<CredentialDoc> credentials, WeakDoc weakPasswords) {

    record SourceDoc(String id, String reference) {}

    record VendorDoc(String name, List<String> aliases, List<PathDoc> loginPaths, LockoutDoc lockout,
                     String note) {}

    record PathDoc(String path, String source) {}

    record LockoutDoc(Integer attempts, String duration, String source, String note) {}

    record CredentialDoc(String vendor, String product, List<String> protocols, String username, String password,
                         String source) {}

    /** The opt-in weak-password list ({@code --weak-passwords}): a few passwords and the source naming them. */
    record WeakDoc(List<String> passwords, String source, String note) {}
}
