package dev.blindspot.inventory;

import java.util.Locale;

/**
 * What kind of host an asset is. Names are the report's vocabulary. {@code NAS} (network storage) and
 * {@code SERVER} (a general-purpose server: web, SSH, file) classify ordinary hosts for segmentation checks.
 */
public enum DeviceClass {
    CAMERA, RECORDER, ENCODER, VMS, NETWORK, WORKSTATION, PRINTER, OTHER, NAS, SERVER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeviceClass fromWire(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** Cameras, recorders, encoders and VMS servers: the devices Blindspot is about. */
    public boolean isSurveillance() {
        return this == CAMERA || this == RECORDER || this == ENCODER || this == VMS;
    }
}
