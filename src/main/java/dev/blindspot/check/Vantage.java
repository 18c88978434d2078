package dev.blindspot.check;

import java.util.Locale;

/**
 * Where the scan ran from. {@link #INTERNAL} (default): inside the site's network. {@link #EXTERNAL}: from outside
 * it (a VPS against the site's public address, {@code --vantage external}); then every surveillance service that
 * answered is reachable from the internet and is itself a finding ({@code internet-exposed-service}).
 */
public enum Vantage {
    INTERNAL, EXTERNAL;

    /** The wire and command-line name: {@code internal}, {@code external}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code internal} or {@code external} (any case). */
    public static Vantage fromWire(String text) {
        for (Vantage v : values()) {
            if (v.wireName().equalsIgnoreCase(text.strip())) {
                return v;
            }
        }
        throw new IllegalArgumentException("vantage must be internal or external, not " + text);
    }
}
