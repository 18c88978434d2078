package dev.blindspot.lab;

/**
 * The device families the lab simulates. Each one answers with the bytes of the real firmware it was built from
 * (see {@code src/main/resources/lab/SOURCES.md}); {@link DeviceSpec#defaults(DeviceKind)} gives its usual setup.
 */
public enum DeviceKind {
    /** Hikvision IP camera: Webs/ISAPI on 80 (Digest), RTSP 554, SDK port 8000, ONVIF on 80. */
    HIKVISION_CAMERA,
    /** White-label camera with a gSOAP ONVIF server on 80 and a LIVE555 RTSP server on 554. */
    GENERIC_ONVIF_CAMERA,
    /** Axis-like camera: Apache with Digest on 80, GStreamer RTSP with Digest on 554, strict ONVIF. */
    HARDENED_CAMERA,
    /** Dahua camera on 2014 firmware: Basic-auth CGI on 80, Telnet on 23, RTSP 554, private protocol on 37777. */
    DAHUA_OLD_CAMERA,

    // --- camera vendors part 1 (Hikvision NVR, Dahua family, Axis) ---------------------------------------------
    /** Hikvision NVR: DNVRS-Webs/ISAPI on 80 (Digest), RTSP 554, SDK port 8000, ONVIF on 80. */
    HIKVISION_NVR,
    /**
     * Dahua IP camera on current firmware: Digest CGI and the two-step {@code /RPC2_Login} on 80, RTSP 554, DHIP
     * on 37777, ONVIF on 80. The spec's vendor may be an OEM brand of the same firmware (Amcrest, Lorex).
     */
    DAHUA_CAMERA,
    /** Dahua NVR on current firmware: the services of {@link #DAHUA_CAMERA}; brands as there. */
    DAHUA_NVR,
    /**
     * Axis camera: Apache/VAPIX on 80 (Digest realm {@code AXIS_<MAC>}, unauthenticated basicdeviceinfo and
     * systemready), GStreamer RTSP 554, ONVIF on 80. An empty password models a unit never set up (AXIS OS 10+).
     */
    AXIS_CAMERA
}
