package dev.blindspot.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Optional compliance policies ({@code --policy NAME}); their checks report only when asked for. */
public enum Policy {
    /** US NDAA FY2019 section 889: equipment of covered vendors (Hikvision, Dahua, Hytera, Huawei, ZTE). */
    NDAA889("ndaa889");

    private final String wireName;

    Policy(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The policy called {@code name} (case-insensitive); throws naming the known ones otherwise. */
    public static Policy named(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.wireName.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown policy '" + name + "' (known: "
                        + Arrays.stream(values()).map(Policy::wireName).collect(Collectors.joining(", ")) + ")"));
    }
}
