package dev.blindspot.protocol.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** The Digest {@code algorithm} values we can compute (RFC 7616 section 3.2), strongest last. */
public enum DigestAlgorithm {
    MD5("MD5", "MD5", false),
    MD5_SESS("MD5-sess", "MD5", true),
    SHA_256("SHA-256", "SHA-256", false),
    SHA_256_SESS("SHA-256-sess", "SHA-256", true),
    SHA_512_256("SHA-512-256", "SHA-512/256", false),
    SHA_512_256_SESS("SHA-512-256-sess", "SHA-512/256", true);

    private final String token;
    private final String jcaName;
    private final boolean session;

    DigestAlgorithm(String token, String jcaName, boolean session) {
        this.token = token;
        this.jcaName = jcaName;
        this.session = session;
    }

    /** The algorithm a challenge names; a challenge without {@code algorithm} means MD5. */
    public static Optional<DigestAlgorithm> of(AuthChallenge challenge) {
        String wanted = challenge.param("algorithm").orElse("MD5").trim();
        for (DigestAlgorithm a : values()) {
            if (a.token.equalsIgnoreCase(wanted)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The token as written in headers, e.g. {@code SHA-256}. */
    public String token() {
        return token;
    }

    /** Whether this is a {@code -sess} variant (HA1 folds in nonce and cnonce). */
    public boolean session() {
        return session;
    }

    /** Lower-case hex of the hash of the UTF-8 bytes of {@code text}. */
    public String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance(jcaName).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks " + jcaName, e); // all three are mandatory in every JDK
        }
    }
}
