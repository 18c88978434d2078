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

    // --- self-hosted VMS and non-surveillance hosts (issue 3, vmsnet) ---------------------------------------
    /** Frigate NVR: unauthenticated UI/API on 5000 ({@link AppSettings#internalPortOpen()}), TLS UI with login on 8971. */
    FRIGATE,
    /** ZoneMinder under {@code /zm/} on 80 (nginx + PHP), CakePHP API; login per {@link AppSettings#loginRequired()}. */
    ZONEMINDER,
    /** Shinobi CE (Node/Express) on 8080: login page, JSON login, API answering "Not Authorized" without a key. */
    SHINOBI,
    /** motionEye (Tornado) on 8765: signed-request login, 403 JSON when unauthorised. */
    MOTIONEYE,
    /** Blue Iris web server on 81: JSON {@code /json} two-step MD5 challenge login. */
    BLUE_IRIS,
    /** Milestone XProtect Mobile server on 8081 (HTTP) and 8082 (TLS): modelled from public facts, no capture. */
    MILESTONE,
    /** Home router with a miniupnpd UPnP IGD v1 (SSDP on UDP 1900, description and SOAP control on TCP 5555). */
    UPNP_ROUTER,
    /** A Debian workstation/server: OpenSSH banner on 22, Apache default page on 80. Not surveillance. */
    WORKSTATION,
    /** HP-like network printer: embedded web server on 80, IPP on 631, raw printing on 9100. Not surveillance. */
    PRINTER,
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
    AXIS_CAMERA,
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
    XIONGMAI_DVR,
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
    HOSTILE_INJECTION,
    // --- VMS products (issue 4, helper D: vmsfw) ---------------------------------------------------------------
    /** Agent DVR (iSpyConnect) on 8090, open on the local network by default: {@code /command/getStatus} JSON. */
    AGENT_DVR,
    /** Nx Witness media server on 7001: unauthenticated {@code /api/moduleInformation} (version), all else 401. */
    NX_WITNESS,
    /** Synology NAS running Surveillance Station: DSM on 5000/5001, {@code SYNO.API.Info} directory without login. */
    SYNOLOGY_SURVEILLANCE,
    /** UniFi OS console (UNVR) running UniFi Protect: UniFi OS on 443, Protect on 7443; no version without login. */
    UNIFI_PROTECT,
    // --- KEV camera/NVR vendors (issue 6, kevlab): every device of these kinds is identified from what the real
    // product sends (lab/SOURCES.md "KEV lab"); their data lives in dev.blindspot.lab.device.KevProfiles.
    /** GeoVision IP device (GV-VS video server, GV IP camera): GeoHttpServer on 80, ONVIF device service on 80. */
    GEOVISION_DEVICE,
    /** TVT NVMS-1000 video management software on a Windows host: its web client on 80 (title NVMS-1000). */
    TVT_NVMS1000,
    /** TBK-style DVR (TVT/TBK OEM web UI): {@code device.rsp} API on 80, the CVE-2018-9995 cookie bypass on old firmware. */
    TBK_DVR,
    /** NUUO NVRmini / NVRmini2: login page "Network Video Recorder Login", {@code upgrade_handle.php} version read. */
    NUUO_NVR,
    /** D-Link DCS camera: Basic realm = model on 80, unauthenticated {@code /common/info.cgi}, {@code /config/getuser}. */
    DLINK_CAMERA,
    /** D-Link DNR network video recorder: Basic realm = model on 80, {@code /common/info.cgi} (modelled). */
    DLINK_NVR,
    /** Edimax IC camera: Basic realm = model on 80. */
    EDIMAX_CAMERA,
    /** PTZOptics PT30X camera: web UI with Basic auth on 80, ONVIF device service on 80. */
    PTZOPTICS_CAMERA,
    /** QNAP VioStor NVR (QVR firmware): login page on 80, unauthenticated {@code /cgi-bin/authLogin.cgi} XML. */
    QNAP_VIOSTOR,
    // --- exposure (issue 7, exposuredev) ------------------------------------------------------------------------
    /**
     * nginx on port 80 as a reverse proxy in front of Frigate's unauthenticated port 5000 (spec vendor Frigate);
     * {@link AppSettings#loginRequired()} is the proxy's own {@code auth_basic} (default off: the
     * reverse-proxy-without-auth weakness). With it on, nothing of Frigate shows without the account.
     */
    NGINX_REVERSE_PROXY
}
