package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceSpec;
import java.util.Locale;

/**
 * A Dahua-firmware unit's serial, the RTSP/HTTP/ONVIF realm built from it ({@code Login to <serial>}) and its MAC
 * (upper case without colons, as RPC2_Login and DHIP print it).
 */
record DahuaIds(String serial, String mac) {

    /** A unit of the spec's brand (Dahua when the vendor is not a known OEM). */
    static DahuaIds of(DeviceSpec spec, DeviceIds ids) {
        DahuaBrand brand = DahuaBrand.of(spec);
        return new DahuaIds(brand.serial(ids), ids.mac(brand.oui()).replace(":", "").toUpperCase(Locale.ROOT));
    }

    String realm() {
        return "Login to " + serial;
    }
}
