package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.OnvifAuthMode;
import dev.blindspot.lab.media.JpegStill;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hikvision's "Webs" server on port 80 ({@code Server: Webs} on cameras, {@code DNVRS-Webs} without
 * X-Frame-Options on NVRs): the web UI entry page, ISAPI behind Digest (or Basic) with the firmware's userCheck
 * bodies and its illegal-login lock answer, deviceInfo and adminAccesses in the layout of the unit's firmware, and
 * ONVIF on {@code /onvif/device_service}. Header layout and bodies follow the samples named in
 * {@code lab/SOURCES.md}.
 */
final class HikvisionWeb implements HttpHandler, OnvifStyle {

    static final String SERVER = "Webs";
    static final String NVR_SERVER = "DNVRS-Webs";
    private static final String XML = "application/xml; charset=\"UTF-8\"";
    private static final int KEEP_ALIVE_MAX = 100;
    /** Still-image paths of ISAPI: channel 1 (cameras) and 101/102 (main/sub stream of channel 1). */
    private static final java.util.regex.Pattern SNAPSHOT =
            java.util.regex.Pattern.compile("/ISAPI/Streaming/channels/(1|101|102)/picture");

    /** The PSIA device information path of firmware before V5.5. */
    private static final String PSIA_DEVICE_INFO = "/System/deviceInfo";
    /** base64 of "admin:11" and a newline: the value CVE-2017-7921's firmware accepts instead of a login. */
    private static final String MAGIC_AUTH = "YWRtaW46MTEK";

    private final SimDevice device;
    private final HikvisionIds ids;
    private final Optional<OnvifService> onvif;
    private final boolean nvr;

    HikvisionWeb(SimDevice device) {
        this.device = device;
        this.nvr = device.spec().kind() == DeviceKind.HIKVISION_NVR;
        this.ids = HikvisionIds.of(device.spec(), device.ids());
        this.onvif = device.spec().onvifAuthMode() == OnvifAuthMode.DISABLED ? Optional.empty()
                : Optional.of(new OnvifService(device, this));
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        boolean read = request.method().equals("GET") || request.method().equals("HEAD");
        if (path.equals("/onvif/device_service") && request.method().equals("POST") && onvif.isPresent()) {
            return onvif.get().handle(request, exchange);
        }
        if (read && (path.equals("/") || path.equals("/index.html"))) {
            return base("HTTP/1.1 200 OK", false).header("ETag", "\"0-5e0-1e0\"")
                    .contentLength().header("Content-Type", "text/html").keepAlive(exchange)
                    .body(device.templates().text("hikvision/index.html"));
        }
        if (path.startsWith("/ISAPI/")) {
            return isapi(request, exchange);
        }
        if (read && path.equalsIgnoreCase(PSIA_DEVICE_INFO)) {
            return psiaDeviceInfo(request, exchange);
        }
        return notFound(path, exchange);
    }

    /**
     * The pre-ISAPI (PSIA) {@code /System/deviceInfo} of camera firmware before V5.5, matched case-insensitively:
     * behind the usual login, except that firmware inside the ranges of ICSA-17-124-01 (CVE-2017-7921,
     * {@link dev.blindspot.lab.LabVulnerabilities}) also accepts the hard-coded {@code auth=YWRtaW46MTEK}
     * ("admin:11") in the query and answers deviceInfo without login. Later firmware has no such path (404).
     */
    private Response psiaDeviceInfo(Request request, HttpExchange exchange) {
        device.countVulnerabilityProbe();
        if (dev.blindspot.lab.LabVulnerabilities.has(device.spec(), dev.blindspot.lab.LabVulnerabilities.HIKVISION_7921)
                && request.query().map(q -> java.util.Arrays.asList(q.split("&")).contains("auth=" + MAGIC_AUTH))
                .orElse(false)) {
            return xml(exchange, deviceInfo());
        }
        if (nvr || !HikvisionIds.oldCameraFirmware(device.spec().firmware())) {
            return notFound(request.path(), exchange);
        }
        AuthOutcome outcome = Logins.check(device, request, exchange.client(), Logins.Channel.HTTP,
                Set.of(device.spec().httpAuth()), ids.httpRealm());
        if (!outcome.accepted()) {
            return unauthorized(outcome, exchange, XML, userCheckBody(outcome, exchange));
        }
        return xml(exchange, deviceInfo());
    }

    private Response isapi(Request request, HttpExchange exchange) {
        boolean picture = SNAPSHOT.matcher(request.path()).matches()
                && (request.method().equals("GET") || request.method().equals("HEAD"));
        if (picture && device.spec().features().anonymousViewer()) {
            // "Anonymous Visit" on: live view and the still image without login, the rest of ISAPI still behind it
            return picture(exchange);
        }
        AuthOutcome outcome = Logins.check(device, request, exchange.client(), Logins.Channel.HTTP,
                Set.of(device.spec().httpAuth()), ids.httpRealm());
        if (!outcome.accepted()) {
            return unauthorized(outcome, exchange, XML, userCheckBody(outcome, exchange));
        }
        String path = request.path();
        if (picture) {
            return picture(exchange);
        }
        if (path.equals("/ISAPI/Security/userCheck")) {
            return xml(exchange, device.templates().text("hikvision/userCheck_200.xml"));
        }
        if (path.equals("/ISAPI/System/deviceInfo")) {
            return xml(exchange, deviceInfo());
        }
        if (path.equals("/ISAPI/Security/adminAccesses")) {
            return xml(exchange, nvr ? device.templates().render("hikvision/adminAccesses_nvr.xml",
                    Map.of("rtspPort", "554")) : device.templates().text("hikvision/adminAccesses_ipc.xml"));
        }
        if (path.equals("/ISAPI/System/Network/EZVIZ")) {
            // Hik-Connect (P2P cloud) settings; never registered: the lab has no cloud to reach
            return xml(exchange, device.templates().render("hikvision/EZVIZ.xml",
                    Map.of("enabled", Boolean.toString(device.spec().features().p2pCloud()))));
        }
        Optional<String> exposure = exposureSetting(path);
        if (exposure.isPresent()) {
            return xml(exchange, exposure.get());
        }
        return notFound(path, exchange);
    }

    /**
     * DDNS, UPnP and UPnP port mapping (issue 7, device-ddns-enabled / device-upnp-enabled), modelled (no capture;
     * layouts in lab/SOURCES.md); on per the spec's features, with the firmware's HiDDNS provider.
     */
    private Optional<String> exposureSetting(String path) {
        var f = device.spec().features();
        return Optional.ofNullable(switch (path) {
            case "/ISAPI/System/Network/DDNS" -> device.templates().render("hikvision/DDNS.xml", Map.of(
                    "enabled", Boolean.toString(f.ddns()), "provider", "HiDDNS", "server", "www.hik-online.com",
                    "domain", f.ddns() ? ids.serial().toLowerCase(java.util.Locale.ROOT) : ""));
            case "/ISAPI/System/Network/UPnP" -> device.templates().render("hikvision/UPnP.xml", Map.of(
                    "enabled", Boolean.toString(f.upnp()), "name", nvr ? "Network Video Recorder" : "IP CAMERA"));
            case "/ISAPI/System/Network/UPnP/ports" -> device.templates().render("hikvision/UPnP_ports.xml",
                    Map.of("enabled", Boolean.toString(f.upnp())));
            default -> null;
        });
    }

    /** The channel's still image (modelled: the lab's JPEG still, in this server's header layout). */
    private Response picture(HttpExchange exchange) {
        return base("HTTP/1.1 200 OK", true).contentLength().header("Content-Type", "image/jpeg")
                .keepAlive(exchange).body(JpegStill.bundledFile());
    }

    private String userCheckBody(AuthOutcome outcome, HttpExchange exchange) {
        Optional<Duration> locked = outcome instanceof AuthOutcome.Locked l ? Optional.of(l.remaining())
                : device.lockRemaining(exchange.client());
        return locked.map(remaining -> device.templates().render("hikvision/userCheck_locked.xml",
                        Map.of("unlockTime", Long.toString(Math.max(1, remaining.toSeconds())))))
                .orElseGet(() -> device.templates().text("hikvision/userCheck_401.xml"));
    }

    /** The deviceInfo layout of the unit's firmware generation (samples hikvision/deviceInfo_*). */
    private String deviceInfo() {
        String firmware = device.spec().firmware();
        String template = nvr ? "hikvision/deviceInfo_nvr.xml"
                : HikvisionIds.oldCameraFirmware(firmware) ? "hikvision/deviceInfo_ipc_oldfw.xml"
                : "hikvision/deviceInfo.xml";
        return device.templates().render(template, Map.of(
                "deviceName", nvr ? "Network Video Recorder" : "IP CAMERA", "deviceId", ids.deviceId(),
                "model", device.spec().model(), "serialNumber", ids.serial(), "macAddress", ids.mac(),
                "firmwareVersion", HikvisionIds.version(firmware),
                "firmwareReleasedDate", HikvisionIds.releasedDate(firmware),
                "subSerialNumber", ids.serial().substring(ids.serial().length() - 9)));
    }

    private Response xml(HttpExchange exchange, String body) {
        return base("HTTP/1.1 200 OK", true).contentLength().header("Content-Type", XML)
                .keepAlive(exchange).body(body);
    }

    private Response unauthorized(AuthOutcome outcome, HttpExchange exchange, String contentType, String body) {
        return base("HTTP/1.1 401 Unauthorized", true).contentLength().header("Content-Type", contentType)
                .keepAlive(exchange).header("WWW-Authenticate", challenge()).body(body);
    }

    private Response notFound(String path, HttpExchange exchange) {
        String body = device.templates().render("hikvision/document_error_404.html", Map.of("path", Html.escape(path)));
        return base("HTTP/1.1 404 Not Found", true).contentLength().header("Content-Type", "text/html")
                .keepAlive(exchange).body(body);
    }

    /** Modelled on the firmware's document-error pages (no capture of a Webs 400 was found); closes. */
    @Override
    public Response badRequest() {
        return base("HTTP/1.1 400 Bad Request", true).contentLength().header("Content-Type", "text/html")
                .header("Connection", "close").body(device.templates().text("hikvision/document_error_400.html"));
    }

    private String challenge() {
        if (device.spec().httpAuth() == HttpAuth.BASIC) {
            return "Basic realm=\"" + ids.httpRealm() + "\"";
        }
        return "Digest realm=\"" + ids.httpRealm() + "\", domain=\"::\", qop=\"auth\", nonce=\"" + Nonces.hex(32)
                + ":" + device.now().toEpochMilli() + "\", opaque=\"\", algorithm=\"MD5\", stale=\"FALSE\"";
    }

    private HeaderLayout base(String statusLine, boolean noCache) {
        HeaderLayout layout = new HeaderLayout(statusLine);
        layout.header("Date", WireDates.http(device.now())).header("Server", nvr ? NVR_SERVER : SERVER);
        if (noCache && !nvr) {
            layout.header("X-Frame-Options", "SAMEORIGIN");
        }
        if (noCache) {
            layout.header("Cache-Control", "no-cache");
        }
        return layout;
    }

    // --- ONVIF in this server's layout -------------------------------------------------------------------------

    @Override
    public Response soap(String statusLine, String xml, HttpExchange exchange) {
        return base(statusLine, true).contentLength()
                .header("Content-Type", "application/soap+xml; charset=utf-8").keepAlive(exchange).body(xml);
    }

    @Override
    public Response notAuthorized(AuthOutcome outcome, HttpExchange exchange) {
        String fault = onvif.orElseThrow().fault("Sender", "ter:NotAuthorized",
                "The action requested requires authorization and the sender is not authorized");
        return unauthorized(outcome, exchange, "application/soap+xml; charset=utf-8", fault);
    }

    @Override
    public String onvifRealm() {
        return ids.httpRealm();
    }

    @Override
    public String faultTemplate() {
        return "onvif/fault_env.xml";
    }

    @Override
    public OnvifIdentity identity() {
        return new OnvifIdentity("HIKVISION", device.spec().model(), device.spec().firmware(), ids.serial(), "88",
                "HIKVISION");
    }

    /** Response builder that knows the Keep-Alive countdown this server sends. */
    private static final class HeaderLayout {
        private final Response.Builder builder;

        HeaderLayout(String statusLine) {
            this.builder = Response.builder(statusLine);
        }

        HeaderLayout header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        HeaderLayout contentLength() {
            builder.contentLength();
            return this;
        }

        /** {@code Connection: keep-alive} with {@code max} counting down from 99, then {@code close}. */
        HeaderLayout keepAlive(HttpExchange exchange) {
            int left = KEEP_ALIVE_MAX - exchange.sequence();
            if (left <= 0) {
                builder.header("Connection", "close");
            } else {
                builder.header("Connection", "keep-alive").header("Keep-Alive", "timeout=60, max=" + left);
            }
            return this;
        }

        Response body(String body) {
            return builder.body(body);
        }

        Response body(byte[] body) {
            return builder.body(body);
        }
    }
}
