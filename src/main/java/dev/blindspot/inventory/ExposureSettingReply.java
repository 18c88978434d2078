package dev.blindspot.inventory;

import java.util.Objects;

/**
 * What a device said about one exposure setting.
 *
 * @param enabled whether the switch is on
 * @param value   the vendor's own words for it, bounded (e.g. {@code table.T2UServer.Enable=true},
 *                {@code <enabled>true</enabled>}, {@code "P2p": {"enable": 1}}), for the evidence
 */
public record ExposureSettingReply(boolean enabled, String value) {

    public ExposureSettingReply {
        Objects.requireNonNull(value, "value");
    }
}
