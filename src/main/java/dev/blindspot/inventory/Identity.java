package dev.blindspot.inventory;

import java.util.List;
import java.util.Optional;

/**
 * What Blindspot concluded an address is. Every field may be unknown.
 *
 * @param vendor       the brand the device is sold under (Lorex, Amcrest, Hikvision)
 * @param manufacturer who makes it: the OEM behind a brand (Lorex → Dahua), else the vendor itself
 * @param confidence   how the vendor was concluded; empty when no vendor is known
 * @param cpe          CPE 2.3 names (formatted strings) for the vulnerability matching; empty when unknown
 * @param evidence     what it was concluded from, conflicts included
 */
public record Identity(Optional<String> vendor, Optional<String> manufacturer, Optional<String> model,
                       Optional<String> firmware, Optional<DeviceClass> deviceClass,
                       Optional<IdentityConfidence> confidence, List<String> cpe, List<Evidence> evidence) {

    public Identity {
        cpe = List.copyOf(cpe);
        evidence = List.copyOf(evidence);
    }

    /** An identity without manufacturer, confidence or CPE names (fixtures, simple callers). */
    public Identity(Optional<String> vendor, Optional<String> model, Optional<String> firmware,
                    Optional<DeviceClass> deviceClass, List<Evidence> evidence) {
        this(vendor, Optional.empty(), model, firmware, deviceClass, Optional.empty(), List.of(), evidence);
    }

    public static Identity unknown() {
        return new Identity(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    public boolean isSurveillance() {
        return deviceClass.map(DeviceClass::isSurveillance).orElse(false);
    }
}
