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
    DAHUA_OLD_CAMERA
}
