package dev.blindspot.inventory;

import dev.blindspot.scan.ProbeOutcome;
import java.util.Objects;

/**
 * The outcome of reading one device-side exposure setting ({@link ExposureSetting}) from a device, read-only.
 *
 * @param vendorSetting the vendor's name of the setting and where it lives (e.g. {@code Hik-Connect (ISAPI
 *                      /ISAPI/System/Network/EZVIZ enabled)}), named in the finding's evidence
 * @param authenticated true when read with a proven credential; false for signals that need no login (a camera
 *                      answering SSDP itself)
 */
public record ExposureSettingObservation(String address, int port, ExposureSetting setting, String vendorSetting,
                                         boolean authenticated, ProbeOutcome<ExposureSettingReply> outcome)
        implements Observation {

    public ExposureSettingObservation {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(vendorSetting, "vendorSetting");
        Objects.requireNonNull(outcome, "outcome");
    }
}
