package dev.blindspot.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a zone of the site is for, as the operator declares it in the site file. */
public enum Purpose {
    CAMERAS, BUSINESS, MANAGEMENT, SERVERS, GUEST, OTHER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; throws IllegalArgumentException listing the allowed ones. */
    public static Purpose fromWire(String s) {
        return Arrays.stream(values()).filter(p -> p.wireName().equals(s.trim().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown purpose '" + s + "' (expected "
                        + Arrays.stream(values()).map(Purpose::wireName).collect(Collectors.joining(", ")) + ")"));
    }
}
