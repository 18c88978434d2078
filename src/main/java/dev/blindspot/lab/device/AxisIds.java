package dev.blindspot.lab.device;

import java.util.Locale;

/** An Axis unit's MAC/serial (OUI AC:CC:8E) and the realms derived from it (sample axis/rtsp_describe_401_digest.txt). */
record AxisIds(String serial) {

    static AxisIds of(DeviceIds ids) {
        return new AxisIds(ids.mac("ac:cc:8e").replace(":", "").toUpperCase(Locale.ROOT));
    }

    /** Realm of VAPIX and RTSP: {@code AXIS_<serial>}. */
    String realm() {
        return "AXIS_" + serial;
    }

    /** Realm Apache uses for the ONVIF web service: {@code AXIS_WS_<serial>}. */
    String webServiceRealm() {
        return "AXIS_WS_" + serial;
    }

    /** An Apache mod_auth_digest nonce: base64 of 8 bytes, then 40 hex digits. */
    static String nonce() {
        return Nonces.base64(8) + Nonces.hex(40);
    }
}
