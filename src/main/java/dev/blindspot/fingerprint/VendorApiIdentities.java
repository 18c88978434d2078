package dev.blindspot.fingerprint;

import dev.blindspot.inventory.VendorApiObservation;

/** Whether a vendor API answer identifies the device (so weaker probes of the same port can be skipped). */
public final class VendorApiIdentities {

    private VendorApiIdentities() {
    }

    /** True when the answer names the vendor as {@link Fingerprinter} reads it. */
    public static boolean identifies(VendorApiObservation observation) {
        return VendorApiIdentity.of(observation).isPresent();
    }
}
