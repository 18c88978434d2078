package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Map;
import java.util.Set;

/**
 * The web servers of the KEV lab's vendors (GeoVision, TVT NVMS-1000, TBK-style DVR, NUUO, D-Link DCS/DNR, Edimax,
 * PTZOptics, QNAP VioStor), one small handler driven by the device's kind and spec. What each answers, and which
 * parts are captured from public records and which are modelled, is in lab/SOURCES.md ("KEV lab"):
 * <ul>
 *   <li>the identity the real product gives away: D-Link's unauthenticated {@code /common/info.cgi}, QNAP's
 *       {@code /cgi-bin/authLogin.cgi} QDocRoot, NUUO's {@code upgrade_handle.php?cmd=getcurrentinfo}, the ONVIF
 *       device service (GeoVision, TBK DVR, PTZOptics), the login page title or the Basic realm;</li>
 *   <li>the read-only requests of the public checks, answered only by firmware that has the flaw
 *       ({@link KevFirmware}): D-Link {@code /config/getuser?index=0} (CVE-2020-25078), TBK {@code device.rsp} with
 *       {@code Cookie: uid=admin} (CVE-2018-9995), PTZOptics {@code param.cgi} without credentials (CVE-2024-8956),
 *       NVMS-1000 {@code /../} traversal (CVE-2019-20085).</li>
 * </ul>
 */
final class KevWeb implements HttpHandler, OnvifStyle {

    private static final String SOAP = "application/soap+xml; charset=utf-8";
    private static final String HTML = "text/html";
    private static final String TEXT = "text/plain";

    private final SimDevice device;
    private final OnvifService onvif;

    KevWeb(SimDevice device) {
        this.device = device;
        this.onvif = new OnvifService(device, this);
    }

    /** The kinds whose web server also carries the ONVIF device service. */
    static final Set<DeviceKind> ONVIF = Set.of(DeviceKind.GEOVISION_DEVICE, DeviceKind.TBK_DVR,
            DeviceKind.PTZOPTICS_CAMERA);

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        DeviceSpec spec = device.spec();
        String path = request.path();
        if (request.method().equals("POST") && path.startsWith("/onvif/") && ONVIF.contains(spec.kind())) {
            return onvif.handle(request, exchange);
        }
        return switch (spec.kind()) {
            case GEOVISION_DEVICE -> path.equals("/") ? page("kev/geovision_login.html", Map.of("model", spec.model()))
                    : notFound();
            case TVT_NVMS1000 -> nvms(request);
            case TBK_DVR -> tbk(request);
            case NUUO_NVR -> nuuo(request);
            case DLINK_CAMERA, DLINK_NVR -> dlink(request, exchange);
            case EDIMAX_CAMERA -> basic(request, exchange, spec.model(), () -> page("kev/camera_index.html", Map.of("model", spec.model())));
            case PTZOPTICS_CAMERA -> ptzoptics(request, exchange);
            case QNAP_VIOSTOR -> qnap(request);
            default -> throw new IllegalStateException("not a KEV lab kind: " + spec.kind());
        };
    }

    private Response nvms(Request request) {
        // the directory traversal of CVE-2019-20085 (every version): ../ is not normalised before the file is opened
        if (request.pathAndQuery().contains("../") && request.pathAndQuery().toLowerCase().endsWith("win.ini")) {
            return ok(TEXT, device.templates().text("kev/win.ini"));
        }
        return request.path().equals("/") ? page("kev/nvms1000_login.html", Map.of()) : notFound();
    }

    private Response tbk(Request request) {
        if (request.path().equals("/device.rsp")) {
            Query q = Query.parse(request.query());
            boolean bypass = request.header("Cookie").orElse("").contains("uid=admin")
                    && KevFirmware.tbkCookieBypass(device.spec());
            if (bypass && q.get("opt").orElse("").equals("user") && q.get("cmd").orElse("").equals("list")) {
                return Response.builder("HTTP/1.1 200 OK").header("Content-Type", TEXT).contentLength()
                        .body(device.templates().render("kev/tbk_users.json",
                                Map.of("user", device.spec().username(), "password", device.spec().password())));
            }
            return Response.builder("HTTP/1.1 200 OK").header("Content-Type", TEXT).contentLength()
                    .body("{\"result\":-1}");
        }
        return request.path().equals("/") ? page("kev/tbk_login.html", Map.of()) : notFound();
    }

    private Response nuuo(Request request) {
        String firmware = device.spec().firmware();
        if (request.path().equals("/upgrade_handle.php")
                && Query.parse(request.query()).get("cmd").orElse("").equals("getcurrentinfo")) {
            return ok("text/xml", device.templates().render("kev/nuuo_currentinfo.xml",
                    Map.of("model", device.spec().model(), "firmware", firmware)));
        }
        return request.path().equals("/") || request.path().equals("/login.php")
                ? page("kev/nuuo_login.html", Map.of("jsVersion", firmware)) : notFound();
    }

    private Response dlink(Request request, HttpExchange exchange) {
        DeviceSpec spec = device.spec();
        if (request.path().equals("/common/info.cgi")) {
            return ok(TEXT, device.templates().render("kev/dlink_info.txt", Map.of("model", spec.model(),
                    "version", spec.firmware(), "hw", "A", "name", spec.model())));
        }
        if (request.path().equals("/config/getuser") && KevFirmware.dlinkGetuserOpen(spec)) {
            return ok(TEXT, device.templates().render("kev/dlink_getuser.txt",
                    Map.of("user", spec.username(), "password", spec.password())));
        }
        return basic(request, exchange, spec.model(), () -> page("kev/camera_index.html", Map.of("model", spec.model())));
    }

    private Response ptzoptics(Request request, HttpExchange exchange) {
        DeviceSpec spec = device.spec();
        boolean deviceConf = request.path().equals("/cgi-bin/param.cgi")
                && request.query().orElse("").startsWith("get_device_conf");
        if (deviceConf && request.header("Authorization").isEmpty() && KevFirmware.ptzopticsParamOpen(spec)) {
            return deviceConf();
        }
        return basic(request, exchange, "PTZOptics", () -> deviceConf ? deviceConf()
                : page("kev/camera_index.html", Map.of("model", spec.model())));
    }

    private Response deviceConf() {
        DeviceSpec spec = device.spec();
        return ok(TEXT, device.templates().render("kev/ptzoptics_device_conf.txt", Map.of("name", "ptzoptics",
                "model", spec.model(), "firmware", spec.firmware(), "serial", device.ids().digits("serial", 10))));
    }

    private Response qnap(Request request) {
        DeviceSpec spec = device.spec();
        if (request.path().equals("/cgi-bin/authLogin.cgi")) {
            return ok("text/xml", device.templates().render("kev/qnap_authLogin.xml", Map.of("model", spec.model(),
                    "version", spec.firmware(), "build", "", "hostname", "NVR" + device.ids().digits("host", 6))));
        }
        return request.path().equals("/") ? page("kev/qnap_login.html", Map.of()) : notFound();
    }

    /** Everything behind HTTP Basic (the device's realm) except what the caller answered before. */
    private Response basic(Request request, HttpExchange exchange, String realm, java.util.function.Supplier<Response> page) {
        AuthOutcome outcome = Logins.check(device, request, exchange.client(), Logins.Channel.HTTP,
                Set.of(HttpAuth.BASIC), realm);
        if (!outcome.accepted()) {
            return Response.builder("HTTP/1.1 401 Unauthorized")
                    .header("WWW-Authenticate", "Basic realm=\"" + realm + "\"").header("Content-Type", HTML)
                    .contentLength().body("<html><body><h1>401 Unauthorized</h1></body></html>\n");
        }
        return request.path().equals("/") || request.path().startsWith("/cgi-bin/") ? page.get() : notFound();
    }

    private Response page(String template, Map<String, String> values) {
        return ok(HTML, values.isEmpty() ? device.templates().text(template) : device.templates().render(template, values));
    }

    private Response ok(String type, String body) {
        Response.Builder b = Response.builder("HTTP/1.1 200 OK").header("Content-Type", type);
        if (device.spec().kind() == DeviceKind.GEOVISION_DEVICE) {
            b.header("Server", "GeoHttpServer");
        }
        return b.contentLength().body(body);
    }

    private Response notFound() {
        Response.Builder b = Response.builder("HTTP/1.1 404 Not Found").header("Content-Type", HTML);
        if (device.spec().kind() == DeviceKind.GEOVISION_DEVICE) {
            b.header("Server", "GeoHttpServer");
        }
        return b.contentLength().body("<html><body>404 Not Found</body></html>\n");
    }

    @Override
    public Response soap(String statusLine, String xml, HttpExchange exchange) {
        return Response.builder(statusLine).header("Content-Type", SOAP).contentLength().body(xml);
    }

    @Override
    public Response notAuthorized(AuthOutcome outcome, HttpExchange exchange) {
        return Response.builder("HTTP/1.1 401 Unauthorized")
                .header("WWW-Authenticate", "Digest realm=\"" + onvifRealm() + "\", qop=\"auth\", nonce=\""
                        + Nonces.hex(20) + "\"")
                .header("Content-Type", SOAP).contentLength()
                .body(onvif.fault("Sender", "ter:NotAuthorized", "Sender not Authorized"));
    }

    @Override
    public String onvifRealm() {
        return device.spec().vendor();
    }

    @Override
    public String faultTemplate() {
        return "onvif/fault_gsoap.xml";
    }

    @Override
    public OnvifIdentity identity() {
        DeviceSpec spec = device.spec();
        return new OnvifIdentity(spec.vendor(), spec.model(), spec.firmware(), device.ids().digits("serial", 10),
                spec.model(), spec.model().toLowerCase(java.util.Locale.ROOT));
    }
}
