package dev.blindspot.inventory;

import java.util.List;
import java.util.Optional;

/** What Blindspot concluded an address is. Every field may be unknown. */
public record Identity(Optional<String> vendor, Optional<String> model, Optional<String> firmware,
                       Optional<DeviceClass> deviceClass, List<Evidence> evidence) {

    public Identity {
        evidence = List.copyOf(evidence);
    }

    public static Identity unknown() {
        return new Identity(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    public boolean isSurveillance() {
        return deviceClass.map(DeviceClass::isSurveillance).orElse(false);
    }
}
