package dev.blindspot.lab.device;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * motionEye's request signature ({@code utils.compute_signature}): SHA-1 over
 * {@code method:path?sorted-query-without-_signature:body:key}, with every character outside a small safe set
 * replaced by {@code -}; the key is the password or its SHA-1 hex (the web UI sends the latter).
 */
final class MotionEyeSignature {

    private static final Pattern UNSAFE = Pattern.compile("[^a-zA-Z0-9/?_.=&{}\\[\\]\":, -]");
    private static final String QUOTE_SAFE = "!'()*~_.-";

    private MotionEyeSignature() {}

    static String compute(String method, String pathAndQuery, String body, String key) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        List<String[]> query = new ArrayList<>();
        if (q >= 0) {
            for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!name.equals("_signature")) {
                    query.add(new String[] {name, quote(value)});
                }
            }
        }
        query.sort(Comparator.comparing(p -> p[0]));
        StringBuilder signed = new StringBuilder(path);
        if (!query.isEmpty()) {
            signed.append('?');
            for (int i = 0; i < query.size(); i++) {
                signed.append(i == 0 ? "" : "&").append(query.get(i)[0]).append('=').append(query.get(i)[1]);
            }
        }
        String cleanBody = body == null || body.isEmpty() || body.startsWith("---") ? ""
                : UNSAFE.matcher(body).replaceAll("-");
        String text = method + ":" + UNSAFE.matcher(signed).replaceAll("-") + ":" + cleanBody + ":"
                + UNSAFE.matcher(key).replaceAll("-");
        return sha1(text);
    }

    /** The {@code _signature} query value, if any. */
    static Optional<String> signature(String query) {
        return Optional.ofNullable(Forms.fields(query).get("_signature"));
    }

    static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by the JDK", e);
        }
    }

    /** Python's {@code urllib.parse.quote(value, safe="!'()*~")}. */
    private static String quote(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || QUOTE_SAFE.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
