package dev.blindspot.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The weaknesses a lab device can carry, named by the id of the check that must flag them. */
public enum Weakness {
    DEFAULT_CREDENTIALS_ACCEPTED("default-credentials-accepted"),
    RTSP_UNAUTHENTICATED_STREAM("rtsp-unauthenticated-stream"),
    ONVIF_UNAUTHENTICATED_ACCESS("onvif-unauthenticated-access"),
    /**
     * The plain-HTTP web login challenges with Basic; found from the challenge alone under every profile (first-pass
     * or snapshot-probe 401s), confirmed by a successful Basic login under {@code standard}.
     */
    HTTP_BASIC_AUTH_CLEARTEXT("http-basic-auth-cleartext"),
    TELNET_ENABLED("telnet-enabled"),
    // --- access checks (issue 5, access) ---
    /** Frigate's API open: internal port 5000 published, or {@code auth.enabled} off on 8971. */
    FRIGATE_UNAUTHENTICATED_API("frigate-unauthenticated-api"),
    /** ZoneMinder with {@code OPT_USE_AUTH} off. */
    ZONEMINDER_AUTH_DISABLED("zoneminder-auth-disabled"),
    // --- access checks (issue 5, snapshot) ---
    /**
     * The still image served without login: Hikvision "Anonymous Visit", Axis "anonymous viewers", current Dahua
     * "Anonymous Login" (which opens RTSP too, {@link #ANONYMOUS_RTSP}), the 2014 Dahua with the snapshot CGI's
     * authentication off; the lab models it with {@link Features#anonymousViewer()} on those kinds.
     */
    SNAPSHOT_UNAUTHENTICATED("snapshot-unauthenticated"),
    // --- issue 5, rest (H1) ---
    /**
     * An Axis unit never set up (the spec's password is blank): no account exists, systemready says needsetup, and
     * no login is accepted at all (the first account is created without login, which the scanner never does).
     */
    DEVICE_NOT_SET_UP("device-not-set-up"),
    // --- safe active checks (issue 6, activechecks) ---
    /**
     * Firmware inside the range of a CVE the safe active checks confirm (Hikvision CVE-2017-7921, Dahua
     * CVE-2021-33044/33045 and CVE-2017-7925, Amcrest CVE-2017-8229, Reolink CVE-2021-40150): see
     * {@link LabVulnerabilities}; the web server answers the check's request as the vulnerable firmware does.
     */
    VULNERABILITY_CONFIRMED("vulnerability-confirmed"),
    // --- patch hygiene (issue 6, hygiene) ---
    /**
     * A security release newer than the spec's firmware is in {@code vuln/firmware-releases.yaml} and over 30 days
     * old (e.g. the demo's 2014 Hikvision, its Amcrest on a 2020 Dahua build, the Uniview on a 2018 build).
     */
    SECURITY_UPDATE_OVERDUE("security-update-overdue"),
    /** The release data says the spec's model (or firmware line) is end-of-life. */
    FIRMWARE_END_OF_LIFE("firmware-end-of-life"),
    // --- router UPnP IGD audit (issue 7, upnp) ---
    /** The UPnP router's IGD answers unicast M-SEARCH and SOAP control (always: it is the kind's point). */
    UPNP_IGD_ENABLED("upnp-igd-enabled"),
    // --- vulnerabilities (issue 6, vulnkb) ---
    /**
     * Firmware inside a CVE's stated range ({@link VulnerableFirmware}: model and firmware of the spec), on a device
     * whose web server (and ONVIF there) tells its model and firmware.
     */
    FIRMWARE_KNOWN_VULNERABILITY("firmware-known-vulnerability"),
    // --- exposure (issue 7, exposuredev) ---
    /**
     * The vendor P2P cloud on ({@link Features#p2pCloud()}) where the scanner can read it: kinds in
     * {@link #EXPOSURE_SETTINGS_READ} with a factory password a default-profile scan finds.
     */
    DEVICE_P2P_CLOUD_ENABLED("device-p2p-cloud-enabled"),
    /** DDNS on ({@link Features#ddns()}), readable as for {@link #DEVICE_P2P_CLOUD_ENABLED}. */
    DEVICE_DDNS_ENABLED("device-ddns-enabled"),
    /** UPnP on ({@link Features#upnp()}), readable as for {@link #DEVICE_P2P_CLOUD_ENABLED}. */
    DEVICE_UPNP_ENABLED("device-upnp-enabled"),
    /** {@link DeviceKind#NGINX_REVERSE_PROXY} without the proxy's auth_basic: Frigate answers through it. */
    REVERSE_PROXY_WITHOUT_AUTH("reverse-proxy-without-auth");

    /**
     * Kinds whose simulator answers the exposure settings the scanner reads after login (Hikvision ISAPI, Dahua
     * configManager, Reolink API); the 2014 Dahua firmware and other vendors are not read.
     */
    static final Set<DeviceKind> EXPOSURE_SETTINGS_READ = Set.of(DeviceKind.HIKVISION_CAMERA,
            DeviceKind.HIKVISION_NVR, DeviceKind.DAHUA_CAMERA, DeviceKind.DAHUA_NVR, DeviceKind.REOLINK_CAMERA,
            DeviceKind.REOLINK_NVR);

    /** Axis kinds, whose UPnP switch (only) the scanner reads after login. */
    static final Set<DeviceKind> AXIS_UPNP_READ = Set.of(DeviceKind.AXIS_CAMERA, DeviceKind.HARDENED_CAMERA);

    /** The kinds whose web server serves its snapshot path without login when the spec's anonymousViewer is on. */
    static final Set<DeviceKind> ANONYMOUS_SNAPSHOT = Set.of(DeviceKind.HIKVISION_CAMERA, DeviceKind.HIKVISION_NVR,
            DeviceKind.HARDENED_CAMERA,
            DeviceKind.DAHUA_OLD_CAMERA, DeviceKind.DAHUA_CAMERA, DeviceKind.DAHUA_NVR, DeviceKind.AXIS_CAMERA);

    /**
     * The kinds whose anonymous viewer also opens the RTSP stream without credentials: Dahua "Anonymous Login" ("the
     * user can view audio and video data without authentication", Dahua DH-SD2AX user's manual). Not Hikvision (its
     * manuals: "Only live view is available for the anonymous user", RTSP has its own "RTSP Authentication" setting),
     * not Axis (its manuals name the Live View page only), not the 2014 Dahua camera (there the lab's switch is the
     * snapshot CGI's authentication off).
     */
    static final Set<DeviceKind> ANONYMOUS_RTSP = Set.of(DeviceKind.DAHUA_CAMERA, DeviceKind.DAHUA_NVR);

    /** True when {@code kind}'s anonymous viewer also opens its RTSP stream ({@link #ANONYMOUS_RTSP}). */
    public static boolean anonymousRtsp(DeviceKind kind) {
        return ANONYMOUS_RTSP.contains(kind);
    }

    /** True when the spec is an Axis unit nobody has set up: blank password means no account exists at all. */
    public static boolean neverSetUp(DeviceSpec spec) {
        return (spec.kind() == DeviceKind.AXIS_CAMERA || spec.kind() == DeviceKind.HARDENED_CAMERA)
                && spec.password().isEmpty();
    }

    /** Vendor factory credentials the device's web login accepts when left unchanged ("user:password"). */
    private static final Map<DeviceKind, Set<String>> VENDOR_DEFAULTS = Map.ofEntries(
            Map.entry(DeviceKind.HIKVISION_CAMERA, Set.of("admin:12345")),
            Map.entry(DeviceKind.DAHUA_OLD_CAMERA, Set.of("admin:admin")),
            Map.entry(DeviceKind.HARDENED_CAMERA, Set.of("root:pass")),
            Map.entry(DeviceKind.GENERIC_ONVIF_CAMERA, Set.of()),
            Map.entry(DeviceKind.ZONEMINDER, Set.of("admin:admin")),
            Map.entry(DeviceKind.MOTIONEYE, Set.of("admin:")),
            // camera vendors part 1 (brands of the Dahua kinds share Dahua's admin/admin: DefaultCreds rows
            // "Dahua", "Amcrest", "Lorex")
            Map.entry(DeviceKind.HIKVISION_NVR, Set.of("admin:12345")),
            Map.entry(DeviceKind.DAHUA_CAMERA, Set.of("admin:admin")),
            Map.entry(DeviceKind.DAHUA_NVR, Set.of("admin:admin")),
            Map.entry(DeviceKind.AXIS_CAMERA, Set.of("root:pass")),
            // --- camera vendors part 2 ---
            // Reolink's factory admin/"" is accepted by its JSON API (api.cgi Login), which the credential pass speaks
            // (ReolinkApiLogin). Xiongmai's admin/"" is accepted by DVRIP on 34567, which the credential pass speaks
            // (DvripLoginModule, credentials issue); its built-in Telnet root/xc3511 is not planted here.
            Map.entry(DeviceKind.REOLINK_CAMERA, Set.of("admin:")),
            Map.entry(DeviceKind.REOLINK_NVR, Set.of("admin:")),
            Map.entry(DeviceKind.XIONGMAI_DVR, Set.of("admin:")),
            Map.entry(DeviceKind.UNIVIEW_CAMERA, Set.of("admin:123456")),
            Map.entry(DeviceKind.HANWHA_CAMERA, Set.of("admin:4321", "admin:1111111")),
            Map.entry(DeviceKind.FOSCAM_CAMERA, Set.of("admin:")),
            // Shinobi's super.json superuser as shipped (super.sample.json); its login is /super (ShinobiWeb)
            Map.entry(DeviceKind.SHINOBI, Set.of("admin@shinobi.video:admin")),
            // KEV lab (kevlab): D-Link DCS cameras ship with admin and a blank password (credentials/defaults.yaml
            // "D-Link,admin,<blank>"), accepted by their Basic login
            Map.entry(DeviceKind.DLINK_CAMERA, Set.of("admin:")));

    private final String checkId;

    Weakness(String checkId) {
        this.checkId = checkId;
    }

    public String checkId() {
        return checkId;
    }

    /** True when the spec's account is its vendor's factory default. */
    public static boolean hasVendorDefaultPassword(DeviceSpec spec) {
        return isVendorDefault(spec.kind(), spec.username(), spec.password());
    }

    /** The factory accounts of {@code kind} as {@code user:password}, sorted; empty when it has none. */
    public static java.util.SortedSet<String> vendorDefaults(DeviceKind kind) {
        return new java.util.TreeSet<>(VENDOR_DEFAULTS.getOrDefault(kind, Set.of()));
    }

    /** True when {@code username:password} is a factory account of {@code kind}. */
    public static boolean isVendorDefault(DeviceKind kind, String username, String password) {
        return VENDOR_DEFAULTS.getOrDefault(kind, Set.of()).contains(username + ":" + password);
    }

    /** Whether a scanner can reach the device's web server (plain HTTP or HTTPS). */
    static boolean hasWeb(DeviceSpec spec) {
        return spec.services().runs("http") || spec.services().tls();
    }

    /**
     * Whether the device's web server ever challenges: the gSOAP-only camera does so only for strict ONVIF, Reolink
     * and Xiongmai never (their logins are not HTTP authentication).
     */
    static boolean hasHttpLogin(DeviceSpec spec) {
        return switch (spec.kind()) {
            case GENERIC_ONVIF_CAMERA -> spec.onvifAuthMode() == OnvifAuthMode.STANDARD;
            // logins are a JSON API (Reolink) or a form/DVRIP (Xiongmai): no HTTP auth scheme at all
            case REOLINK_CAMERA, REOLINK_NVR, XIONGMAI_DVR -> false;
            // the proxy challenges (Basic) only with its auth_basic on
            case NGINX_REVERSE_PROXY -> spec.app().loginRequired();
            default -> true;
        };
    }

    /** ZoneMinder with OPT_USE_AUTH off has no login to accept a password (it is open: zoneminder-auth-disabled). */
    static boolean loginEnabled(DeviceSpec spec) {
        return spec.kind() != DeviceKind.ZONEMINDER || spec.app().loginRequired();
    }

    /** The lab's truth for one device, in enum order; derived from the spec only, never from a scan. */
    public static List<Weakness> of(DeviceSpec spec) {
        List<Weakness> found = new ArrayList<>();
        if (hasVendorDefaultPassword(spec) && hasWeb(spec) && loginEnabled(spec)) {
            found.add(DEFAULT_CREDENTIALS_ACCEPTED);
        }
        if ((spec.rtspAuth() == RtspAuth.NONE || (anonymousRtsp(spec.kind()) && spec.features().anonymousViewer()))
                && spec.services().runs("rtsp")) {
            found.add(RTSP_UNAUTHENTICATED_STREAM);
        }
        if (spec.onvifAuthMode() == OnvifAuthMode.OPEN && hasWeb(spec)) {
            found.add(ONVIF_UNAUTHENTICATED_ACCESS);
        }
        if (spec.httpAuth() == HttpAuth.BASIC && hasHttpLogin(spec) && spec.services().runs("http")) {
            found.add(HTTP_BASIC_AUTH_CLEARTEXT);
        }
        if (spec.telnet()) {
            found.add(TELNET_ENABLED);
        }
        if (spec.kind() == DeviceKind.FRIGATE && ((spec.app().internalPortOpen() && spec.services().runs("http"))
                || (!spec.app().loginRequired() && spec.services().runs("https")))) {
            found.add(FRIGATE_UNAUTHENTICATED_API);
        }
        boolean openProxy = spec.kind() == DeviceKind.NGINX_REVERSE_PROXY && !spec.app().loginRequired()
                && spec.services().runs("http");
        if (openProxy) {
            found.add(FRIGATE_UNAUTHENTICATED_API); // Frigate's port-5000 API, now on the proxy's port 80
        }
        if (spec.kind() == DeviceKind.ZONEMINDER && !spec.app().loginRequired() && spec.services().runs("http")) {
            found.add(ZONEMINDER_AUTH_DISABLED);
        }
        if (ANONYMOUS_SNAPSHOT.contains(spec.kind()) && spec.features().anonymousViewer() && hasWeb(spec)) {
            found.add(SNAPSHOT_UNAUTHENTICATED);
        }
        if (neverSetUp(spec) && hasWeb(spec)) {
            found.add(DEVICE_NOT_SET_UP);
        }
        if (!LabVulnerabilities.of(spec).isEmpty() && hasWeb(spec)) {
            found.add(VULNERABILITY_CONFIRMED);
        }
        // firmware is only ever read over the web server (vendor APIs, ONVIF): without one the check cannot see it
        if (hasWeb(spec) && PatchTruth.securityUpdateOverdue(spec)) {
            found.add(SECURITY_UPDATE_OVERDUE);
        }
        if (hasWeb(spec) && PatchTruth.endOfLife(spec)) {
            found.add(FIRMWARE_END_OF_LIFE);
        }
        if (spec.kind() == DeviceKind.UPNP_ROUTER) {
            found.add(UPNP_IGD_ENABLED);
        }
        if (!VulnerableFirmware.cves(spec).isEmpty() && hasWeb(spec)) {
            found.add(FIRMWARE_KNOWN_VULNERABILITY);
        }
        if (openProxy) {
            found.add(REVERSE_PROXY_WITHOUT_AUTH);
        }
        // issue 7: the settings are read with the factory password the credential pass finds
        if (EXPOSURE_SETTINGS_READ.contains(spec.kind()) && found.contains(DEFAULT_CREDENTIALS_ACCEPTED)) {
            if (spec.features().p2pCloud()) {
                found.add(DEVICE_P2P_CLOUD_ENABLED);
            }
            if (spec.features().ddns()) {
                found.add(DEVICE_DDNS_ENABLED);
            }
            if (spec.features().upnp()) {
                found.add(DEVICE_UPNP_ENABLED);
            }
        }
        // Axis: only its UPnP group is read (VAPIX param.cgi)
        if (AXIS_UPNP_READ.contains(spec.kind()) && found.contains(DEFAULT_CREDENTIALS_ACCEPTED)
                && spec.features().upnp()) {
            found.add(DEVICE_UPNP_ENABLED);
        }
        return List.copyOf(found);
    }
}
