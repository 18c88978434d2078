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
    HTTP_BASIC_AUTH_CLEARTEXT("http-basic-auth-cleartext"),
    TELNET_ENABLED("telnet-enabled");

    /** Vendor factory credentials the device's web login accepts when left unchanged ("user:password"). */
    private static final Map<DeviceKind, Set<String>> VENDOR_DEFAULTS = Map.of(
            DeviceKind.HIKVISION_CAMERA, Set.of("admin:12345"),
            DeviceKind.DAHUA_OLD_CAMERA, Set.of("admin:admin"),
            DeviceKind.HARDENED_CAMERA, Set.of("root:pass"),
            DeviceKind.GENERIC_ONVIF_CAMERA, Set.of());

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

    /** Whether the device's web server ever challenges: the gSOAP-only camera does so only for strict ONVIF. */
    static boolean hasHttpLogin(DeviceSpec spec) {
        return spec.kind() != DeviceKind.GENERIC_ONVIF_CAMERA || spec.onvifAuthMode() == OnvifAuthMode.STANDARD;
    }

    /** The lab's truth for one device, in enum order; derived from the spec only, never from a scan. */
    public static List<Weakness> of(DeviceSpec spec) {
        List<Weakness> found = new ArrayList<>();
        if (hasVendorDefaultPassword(spec) && hasWeb(spec)) {
            found.add(DEFAULT_CREDENTIALS_ACCEPTED);
        }
        if (spec.rtspAuth() == RtspAuth.NONE && spec.services().runs("rtsp")) {
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
        return List.copyOf(found);
    }
}
