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

    // --- Hostile devices: peers that misbehave on purpose, for the scanner's limits (see lab/SOURCES.md "Hostile").
    // They carry no weakness of their own, except HOSTILE_INJECTION, whose open services are real findings.

    /** Answers HTTP (80), RTSP (554) and FTP (21) one byte every 100 ms, at most 256 bytes, then falls silent. */
    HOSTILE_SLOWLORIS,
    /** HTTP 200 whose body never ends (until close on GET, chunked on POST) and RTSP with an endless SDP body. */
    HOSTILE_ENDLESS_BODY,
    /** HTTP and RTSP answers with a megabyte of header lines or a one-megabyte WWW-Authenticate realm. */
    HOSTILE_HUGE_HEADER,
    /** ONVIF answers with entity bombs (billion laughs, quadratic blow-up) and external entity references. */
    HOSTILE_XML_BOMB,
    /** HTTP answers with {@code Content-Encoding: gzip} bodies of a few KB that inflate to MBs (and GBs, twice gzipped). */
    HOSTILE_GZIP_BOMB,
    /** RTSP answers with binary noise, broken status lines, bad lengths and stray interleaved frames. */
    HOSTILE_RTSP_GARBAGE,
    /**
     * HTML/JS, ANSI escapes and CR/LF injection attempts in every banner field the scanner reads (HTTP Server, realm,
     * title, RTSP Server, ONVIF Manufacturer/Model/FirmwareVersion, Telnet and FTP banners); it really runs an open
     * RTSP stream, open ONVIF, a Basic login on plain HTTP and Telnet.
     */
    HOSTILE_INJECTION
}
