package dev.blindspot.fingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * A CPE 2.3 name (NISTIR 7695): eleven attributes, each ANY ({@code *}), NA ({@code -}) or a literal value.
 * {@link #format()} binds to the formatted string ({@code cpe:2.3:o:hikvision:ds-2cd2032-i_firmware:5.4.5:*:...}),
 * escaping every character other than letters, digits, {@code _}, {@code .} and {@code -};
 * {@link #parse(String)} unbinds one. Values with embedded wildcards ({@code 8.*}, {@code sp?}) are refused.
 */
public record CpeName(List<Value> attributes) {

    /** Attribute names in binding order. */
    public static final List<String> NAMES = List.of("part", "vendor", "product", "version", "update", "edition",
            "language", "sw_edition", "target_sw", "target_hw", "other");

    private static final int MAX_LENGTH = 2048;

    /** One attribute value. */
    public sealed interface Value {
        /** Any value matches ({@code *}). */
        record Any() implements Value {}

        /** Not applicable ({@code -}). */
        record NotApplicable() implements Value {}

        /** A literal value, unescaped. */
        record Literal(String text) implements Value {
            public Literal {
                if (text.isEmpty()) {
                    throw new IllegalArgumentException("empty CPE value");
                }
            }
        }
    }

    public static final Value ANY = new Value.Any();
    public static final Value NA = new Value.NotApplicable();

    public CpeName {
        attributes = List.copyOf(attributes);
        if (attributes.size() != NAMES.size()) {
            throw new IllegalArgumentException("a CPE name has " + NAMES.size() + " attributes, not " + attributes.size());
        }
    }

    /** part ({@code a}, {@code o}, {@code h}), vendor, product and version; every other attribute ANY. */
    public static CpeName of(String part, String vendor, String product, Value version) {
        List<Value> v = new ArrayList<>(List.of(literal(part), literal(vendor), literal(product), version));
        while (v.size() < NAMES.size()) {
            v.add(ANY);
        }
        return new CpeName(v);
    }

    public static Value literal(String text) {
        return new Value.Literal(text);
    }

    public Value get(String name) {
        int i = NAMES.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no CPE attribute " + name);
        }
        return attributes.get(i);
    }

    /** The formatted string binding. */
    public String format() {
        StringBuilder out = new StringBuilder("cpe:2.3");
        for (Value v : attributes) {
            out.append(':');
            switch (v) {
                case Value.Any a -> out.append('*');
                case Value.NotApplicable n -> out.append('-');
                case Value.Literal l -> escape(l.text(), out);
            }
        }
        return out.toString();
    }

    private static void escape(String text, StringBuilder out) {
        if (text.equals("-")) {
            out.append("\\-");
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.' || c == '-') {
                out.append(c);
            } else {
                out.append('\\').append(c);
            }
        }
    }

    /** Unbinds a formatted string; throws IllegalArgumentException naming what is wrong. */
    public static CpeName parse(String formatted) {
        if (formatted.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("CPE name longer than " + MAX_LENGTH + " characters");
        }
        if (!formatted.startsWith("cpe:2.3:")) {
            throw new IllegalArgumentException("not a CPE 2.3 formatted string: " + abbreviate(formatted));
        }
        List<String> raw = split(formatted.substring("cpe:2.3:".length()));
        if (raw.size() != NAMES.size()) {
            throw new IllegalArgumentException("CPE name has " + raw.size() + " attributes, expected " + NAMES.size()
                    + ": " + abbreviate(formatted));
        }
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            values.add(unbind(NAMES.get(i), raw.get(i)));
        }
        String part = values.get(0) instanceof Value.Literal l ? l.text() : "*";
        if (!(values.get(0) instanceof Value.Any) && !List.of("a", "o", "h").contains(part)) {
            throw new IllegalArgumentException("CPE part must be a, o or h, not " + part);
        }
        return new CpeName(values);
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                cur.append(c).append(s.charAt(++i));
            } else if (c == ':') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static Value unbind(String name, String raw) {
        if (raw.equals("*")) {
            return ANY;
        }
        if (raw.equals("-")) {
            return NA;
        }
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("CPE attribute " + name + " is empty");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                if (i + 1 == raw.length()) {
                    throw new IllegalArgumentException("CPE attribute " + name + " ends in a lone backslash");
                }
                text.append(raw.charAt(++i));
            } else if (c == '*' || c == '?') {
                throw new IllegalArgumentException("CPE attribute " + name + " has an embedded wildcard: " + raw);
            } else {
                text.append(c);
            }
        }
        return new Value.Literal(text.toString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
