package dev.blindspot.inventory;

import java.util.Locale;

/**
 * How sure an identity's vendor is: HIGH when the device named itself (ONVIF device information, a vendor API,
 * a discovery reply, a vendor-unique realm), MEDIUM when a vendor-specific banner matched, LOW when only a generic
 * banner or the protocols spoken suggested it.
 */
public enum IdentityConfidence {
    LOW, MEDIUM, HIGH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
