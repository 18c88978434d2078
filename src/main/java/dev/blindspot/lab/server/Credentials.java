package dev.blindspot.lab.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Credentials from an {@code Authorization} header (HTTP or RTSP): Basic or Digest. */
public sealed interface Credentials permits Credentials.Basic, Credentials.Digest {

    int MAX_USERNAME = 128;

    String username();

    /** Parses a header value; empty for other schemes or anything malformed. */
    static Optional<Credentials> parse(String value) {
        int space = value.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
        String rest = value.substring(space + 1).trim();
        return switch (scheme) {
            case "basic" -> Basic.decode(rest).map(b -> (Credentials) b);
            case "digest" -> Digest.decode(rest).map(d -> (Credentials) d);
            default -> Optional.empty();
        };
    }

    /** Basic credentials: user name and password in (base64-wrapped) clear text. */
    record Basic(String username, String password) implements Credentials {

        static Optional<Basic> decode(String token) {
            try {
                String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon < 0 || colon > MAX_USERNAME) {
                    return Optional.empty();
                }
                return Optional.of(new Basic(pair.substring(0, colon), pair.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        public boolean matches(String expectedPassword) {
            return MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                    expectedPassword.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Basic[" + username + ", ****]";
        }
    }

    /** Digest credentials (RFC 2617/7616, MD5 and MD5-sess, qop absent or {@code auth}). */
    record Digest(Map<String, String> params) implements Credentials {

        public Digest {
            params = Map.copyOf(params);
        }

        static Optional<Digest> decode(String rest) {
            Map<String, String> params = DigestParams.parse(rest);
            if (!params.containsKey("username") || !params.containsKey("response")
                    || params.get("username").length() > MAX_USERNAME) {
                return Optional.empty();
            }
            return Optional.of(new Digest(params));
        }

        @Override
        public String username() {
            return params.get("username");
        }

        public Optional<String> param(String name) {
            return Optional.ofNullable(params.get(name));
        }

        /** True when the response was computed with {@code password} for this method in {@code expectedRealm}. */
        public boolean verify(String method, String expectedRealm, String password) {
            String realm = params.getOrDefault("realm", "");
            String nonce = params.getOrDefault("nonce", "");
            String uri = params.getOrDefault("uri", "");
            String qop = params.getOrDefault("qop", "");
            String algorithm = params.getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
            if (!realm.equals(expectedRealm) || !(qop.isEmpty() || qop.equals("auth"))) {
                return false;
            }
            String ha1 = md5(username() + ":" + realm + ":" + password);
            if (algorithm.equals("MD5-SESS")) {
                ha1 = md5(ha1 + ":" + nonce + ":" + params.getOrDefault("cnonce", ""));
            } else if (!algorithm.equals("MD5")) {
                return false;
            }
            String ha2 = md5(method + ":" + uri);
            String expected = qop.isEmpty() ? md5(ha1 + ":" + nonce + ":" + ha2)
                    : md5(ha1 + ":" + nonce + ":" + params.getOrDefault("nc", "") + ":"
                            + params.getOrDefault("cnonce", "") + ":" + qop + ":" + ha2);
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    params.get("response").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        }

        public static String md5(String text) {
            try {
                MessageDigest md5 = MessageDigest.getInstance("MD5");
                return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("MD5 is required by the JDK", e);
            }
        }

        @Override
        public String toString() {
            return "Digest[" + username() + ", realm=" + params.get("realm") + "]";
        }
    }

    /** Splits {@code k=v, k="quoted, value"} lists. */
    final class DigestParams {
        private static final int MAX_PARAMS = 32;

        private DigestParams() {}

        static Map<String, String> parse(String text) {
            Map<String, String> out = new LinkedHashMap<>();
            int i = 0;
            int n = text.length();
            while (i < n && out.size() < MAX_PARAMS) {
                while (i < n && (text.charAt(i) == ',' || text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                int eq = text.indexOf('=', i);
                if (eq < 0) {
                    break;
                }
                String key = text.substring(i, eq).trim().toLowerCase(Locale.ROOT);
                i = eq + 1;
                StringBuilder value = new StringBuilder();
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    while (i < n && text.charAt(i) != '"') {
                        if (text.charAt(i) == '\\' && i + 1 < n) {
                            i++;
                        }
                        value.append(text.charAt(i++));
                    }
                    i++;
                } else {
                    while (i < n && text.charAt(i) != ',') {
                        value.append(text.charAt(i++));
                    }
                }
                out.putIfAbsent(key, value.toString().trim());
            }
            return out;
        }
    }
}
