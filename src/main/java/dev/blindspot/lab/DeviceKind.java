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

    // --- camera vendors part 2 (Reolink, Uniview, Hanwha, Foscam, Xiongmai) ---
    /**
     * Reolink camera on older firmware (admin with a blank password): JSON API {@code /cgi-bin/api.cgi} with token
     * login on 80 and 443, LIVE555 RTSP on 554, ONVIF on 8000.
     */
    REOLINK_CAMERA,
    /** Reolink NVR: the camera's API and services with NVR device information and one RTSP route per channel. */
    REOLINK_NVR,
    /** Uniview (UNV) camera: LAPI behind Digest and ONVIF on 80, RTSP {@code /media/video1} on 554 (modelled). */
    UNIVIEW_CAMERA,
    /** Hanwha (Wisenet / ex-Samsung) camera: SUNAPI behind Digest realm iPolis on 80 and 443, iPOLiS RTSP, ONVIF. */
    HANWHA_CAMERA,
    /** Foscam FI8620 (HiIpcam platform): thttpd with Basic realm index.html on 80, HiIpcam VodServer RTSP on 554. */
    FOSCAM_CAMERA,
    /** Xiongmai (NETSurveillance / XMEye) DVR board: uc-httpd on 80, DVRIP on 34567, Telnet on 23 (pre-2015). */
    XIONGMAI_DVR
}
