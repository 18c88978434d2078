package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceSpec;
import java.util.Locale;

/**
 * Which brand a Dahua-firmware unit carries (Dahua itself or an OEM that sells the same firmware under its name).
 * The brand shows in the serial number, and so in the realm {@code Login to <serial>}, in magicBox getVendor, in
 * ONVIF and in the P2P (T2U) server settings.
 */
enum DahuaBrand {
    /** Serial: a digit and 14 letters/digits (samples rtsp/dahua_*, magicBox_getSystemInfo_*). OUI 3C:EF:8C. */
    DAHUA("Dahua", "3c:ef:8c", "www.easy4ipcloud.com", "www.easy4ipcloud.com"),
    /**
     * Serial: {@code AMC} and 15 hex digits, also the P2P UUID (configManager_getConfig_T2UServer_amcrest.txt).
     * OUI 9C:8E:CD.
     */
    AMCREST("Amcrest", "9c:8e:cd", "p2p.amcrestview.com", "amcrestview.com"),
    /**
     * Serial: {@code ND} and 12 digits, seen in the realm {@code Login to ND032206020280} of a Lorex doorbell
     * (GitHub issue AlexxIT/go2rtc#1594). OUI 00:40:7F (FLIR, Lorex's former owner).
     */
    LOREX("Lorex", "00:40:7f", "www.easy4ipcloud.com", "www.easy4ipcloud.com");

    private final String vendor;
    private final String oui;
    private final String p2pAddress;
    private final String p2pRegisterServer;

    DahuaBrand(String vendor, String oui, String p2pAddress, String p2pRegisterServer) {
        this.vendor = vendor;
        this.oui = oui;
        this.p2pAddress = p2pAddress;
        this.p2pRegisterServer = p2pRegisterServer;
    }

    static DahuaBrand of(DeviceSpec spec) {
        for (DahuaBrand brand : values()) {
            if (brand.vendor.equalsIgnoreCase(spec.vendor())) {
                return brand;
            }
        }
        return DAHUA;
    }

    /** The vendor name the firmware prints (magicBox getVendor, ONVIF Manufacturer). */
    String vendor() {
        return vendor;
    }

    String oui() {
        return oui;
    }

    String p2pAddress() {
        return p2pAddress;
    }

    String p2pRegisterServer() {
        return p2pRegisterServer;
    }

    String serial(DeviceIds ids) {
        return switch (this) {
            case DAHUA -> ids.digits("lead", 1) + ids.alnum("serial", 14);
            case AMCREST -> "AMC" + ids.hex("serial", 15).toUpperCase(Locale.ROOT);
            case LOREX -> "ND" + ids.digits("serial", 12);
        };
    }
}
