package dev.blindspot.protocol.rtsp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server side of MD5 Digest and Basic for test servers: recomputes the expected response from the
 * credentials the server knows, independently of the client code under test.
 */
record DigestVerifier(String realm, String nonce, String username, String password) {

    private static final Pattern PARAM = Pattern.compile("([A-Za-z-]+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]+))");

    boolean accepts(ReceivedRequest request) {
        String auth = request.header("Authorization");
        if (auth.startsWith("Basic ")) {
            String pair = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
            return pair.equals(username + ":" + password);
        }
        if (!auth.startsWith("Digest ")) {
            return false;
        }
        Map<String, String> p = params(auth.substring(7));
        if (!username.equals(p.get("username")) || !realm.equals(p.get("realm")) || !nonce.equals(p.get("nonce"))
                || !request.uri().equals(p.get("uri"))) {
            return false;
        }
        String ha1 = md5(username + ":" + realm + ":" + password);
        String ha2 = md5(request.method() + ":" + request.uri());
        String expected = p.containsKey("qop")
                ? md5(ha1 + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":" + p.get("qop") + ":" + ha2)
                : md5(ha1 + ":" + nonce + ":" + ha2);
        return expected.equals(p.get("response"));
    }

    static Map<String, String> params(String list) {
        Map<String, String> out = new HashMap<>();
        Matcher m = PARAM.matcher(list);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3);
            out.put(m.group(1).toLowerCase(java.util.Locale.ROOT), value);
        }
        return out;
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
