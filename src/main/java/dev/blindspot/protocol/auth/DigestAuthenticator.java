package dev.blindspot.protocol.auth;

import dev.blindspot.inventory.Secret;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Computes {@code Authorization: Digest ...} values (RFC 7616, RFC 2617, and RFC 2069 style without qop).
 * Keeps the nonce count for the last nonce it answered, so one instance belongs to one target at a time.
 */
public final class DigestAuthenticator {

    private final Supplier<String> cnonces;
    private String lastNonce = "";
    private int nonceCount;

    /** @param cnonces source of client nonces (tests pass a constant; use {@link #withRandom} otherwise) */
    public DigestAuthenticator(Supplier<String> cnonces) {
        this.cnonces = Objects.requireNonNull(cnonces, "cnonces");
    }

    /** An authenticator whose cnonces are 16 random bytes in hex from {@code random}. */
    public static DigestAuthenticator withRandom(RandomGenerator random) {
        return new DigestAuthenticator(() -> {
            byte[] bytes = new byte[16];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) random.nextInt(256);
            }
            return HexFormat.of().formatHex(bytes);
        });
    }

    /**
     * The header value answering {@code challenge} for a request {@code method uri}.
     *
     * @throws AuthException when the challenge is not Digest, lacks realm or nonce, offers only qop=auth-int,
     *                       names an unknown algorithm, or the username cannot be sent quoted
     */
    public synchronized String authorization(AuthChallenge challenge, String method, String uri, String username,
                                             Secret password) throws AuthException {
        DigestAlgorithm algorithm = checkAnswerable(challenge);
        String realm = challenge.realm().orElseThrow();
        String nonce = challenge.param("nonce").orElseThrow();
        String qop = chooseQop(challenge);
        requireQuotable(username);
        requireQuotable(uri);

        String nc = String.format("%08x", nextCount(nonce));
        String cnonce = qop.isEmpty() && !algorithm.session() ? "" : cnonces.get();
        String ha1 = algorithm.hash(username + ":" + realm + ":" + password.reveal());
        if (algorithm.session()) {
            ha1 = algorithm.hash(ha1 + ":" + nonce + ":" + cnonce);
        }
        String ha2 = algorithm.hash(method + ":" + uri);
        String response = qop.isEmpty()
                ? algorithm.hash(ha1 + ":" + nonce + ":" + ha2)
                : algorithm.hash(String.join(":", ha1, nonce, nc, cnonce, qop, ha2));

        boolean userhash = challenge.param("userhash").map(v -> v.equalsIgnoreCase("true")).orElse(false);
        String sentUser = userhash ? algorithm.hash(username + ":" + realm) : username;
        StringBuilder h = new StringBuilder("Digest ");
        h.append("username=").append(quote(sentUser));
        h.append(", realm=").append(quote(realm));
        h.append(", nonce=").append(quote(nonce));
        h.append(", uri=").append(quote(uri));
        if (challenge.param("algorithm").isPresent()) {
            h.append(", algorithm=").append(algorithm.token());
        }
        h.append(", response=").append(quote(response));
        challenge.param("opaque").ifPresent(o -> h.append(", opaque=").append(quote(o)));
        if (!qop.isEmpty()) {
            h.append(", qop=").append(qop).append(", nc=").append(nc);
        }
        if (!cnonce.isEmpty()) {
            h.append(", cnonce=").append(quote(cnonce));
        }
        if (userhash) {
            h.append(", userhash=true");
        }
        return h.toString();
    }

    /** Checks that we can answer {@code challenge} and returns its algorithm. */
    static DigestAlgorithm checkAnswerable(AuthChallenge challenge) throws AuthException {
        if (!challenge.isScheme("Digest")) {
            throw new AuthException("not a Digest challenge: " + challenge.scheme());
        }
        if (challenge.realm().isEmpty() || challenge.param("nonce").isEmpty()) {
            throw new AuthException("Digest challenge without realm or nonce");
        }
        chooseQop(challenge);
        return DigestAlgorithm.of(challenge).orElseThrow(
                () -> new AuthException("unsupported Digest algorithm " + challenge.param("algorithm").orElse("")));
    }

    /** "auth" when offered, "" when the challenge has no qop (RFC 2069 style). */
    private static String chooseQop(AuthChallenge challenge) throws AuthException {
        String offered = challenge.param("qop").orElse("").trim();
        if (offered.isEmpty()) {
            return "";
        }
        boolean auth = Arrays.stream(offered.split(",")).map(String::trim).anyMatch(q -> q.equalsIgnoreCase("auth"));
        if (!auth) {
            throw new AuthException("unsupported qop: " + offered);
        }
        return "auth";
    }

    private int nextCount(String nonce) {
        if (nonce.equals(lastNonce)) {
            nonceCount++;
        } else {
            lastNonce = nonce;
            nonceCount = 1;
        }
        return nonceCount;
    }

    private static void requireQuotable(String value) throws AuthException {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new AuthException("cannot send a non-printable or non-ASCII value in a Digest header");
            }
        }
    }

    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
