package dev.blindspot.fingerprint;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** How much a match says: strong (device's own API), medium (vendor-specific banner), weak (generic). */
public enum Strength {
    WEAK, MEDIUM, STRONG;

    @JsonCreator
    public static Strength fromWire(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
