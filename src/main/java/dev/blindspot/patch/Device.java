package dev.blindspot.patch;

import dev.blindspot.inventory.Identity;
import java.util.Optional;

/** The identity facts the patch judgements need: brand, maker, model, firmware as the device reports it. */
public record Device(Optional<String> vendor, Optional<String> manufacturer, Optional<String> model,
                     Optional<String> firmware) {

    public static Device of(Identity identity) {
        return new Device(identity.vendor(), identity.manufacturer(), identity.model(), identity.firmware());
    }

    /** "Amcrest (Dahua) IPC-HDW5831R-ZE" or as much of it as is known. */
    String describe() {
        StringBuilder sb = new StringBuilder(vendor.or(() -> manufacturer).orElse("unknown vendor"));
        if (vendor.isPresent() && manufacturer.isPresent() && !vendor.get().equalsIgnoreCase(manufacturer.get())) {
            sb.append(" (").append(manufacturer.get()).append(')');
        }
        model.ifPresent(m -> sb.append(' ').append(m));
        return sb.toString();
    }
}
