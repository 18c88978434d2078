package dev.blindspot.lab.device;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Small helpers for web applications' own logins: form fields, constant-time comparison, JSON strings. */
final class Forms {

    private static final int MAX_FIELDS = 32;

    private Forms() {}

    /** {@code a=1&b=2} (query string or urlencoded body), first value wins, at most 32 fields. */
    static Map<String, String> fields(String encoded) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (out.size() == MAX_FIELDS) {
                break;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!name.isEmpty()) {
                out.putIfAbsent(name, value);
            }
        }
        return out;
    }

    static Predicate<String> equalTo(String offered) {
        return expected -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                offered.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string body (without quotes) as PHP's json_encode writes it: {@code /} escaped too. */
    static String phpJson(String text) {
        return json(text).replace("/", "\\/");
    }

    /** A JSON string body (without quotes). */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
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
