package dev.blindspot.lab.device;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.OnvifAuthMode;
import dev.blindspot.lab.media.JpegStill;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Web server of a Dahua-firmware camera or NVR on current firmware (brands Dahua, Amcrest, Lorex; see
 * lab/SOURCES.md): the "WEB SERVICE" page on {@code /}, the two-step JSON login on {@code POST /RPC2_Login}, the
 * HTTP API CGIs behind Digest in realm {@code Login to <serial>}, and ONVIF. NVRs answer the CGIs in the header
 * layout of a 2021 NVR firmware (rroller/dahua#101, security headers, {@code CONNECTION}, raw
 * {@code Set-Cookie:secure; HttpOnly}), cameras in that of an Amcrest camera (home-assistant/core#174441).
 */
final class DahuaModernWeb implements HttpHandler, OnvifStyle {

    private static final String TEXT = "text/plain;charset=utf-8";
    private static final int MAX_QUERY_PARAMS = 16;

    private final SimDevice device;
    private final DahuaIds ids;
    private final DahuaCgi cgi;
    private final DahuaLogin login;
    private final DahuaLoginBypass bypass;
    private final DahuaConfigFiles configFiles;
    private final boolean recorder;
    private final Optional<OnvifService> onvif;

    DahuaModernWeb(SimDevice device) {
        this.device = device;
        this.ids = DahuaIds.of(device.spec(), device.ids());
        this.cgi = new DahuaCgi(device, ids);
        this.login = new DahuaLogin(device, ids, LoginProtocol.DAHUA_RPC2);
        this.bypass = new DahuaLoginBypass(device);
        this.configFiles = new DahuaConfigFiles(device, ids);
        this.recorder = device.spec().deviceClass() == DeviceClass.RECORDER;
        this.onvif = device.spec().onvifAuthMode() == OnvifAuthMode.DISABLED ? Optional.empty()
                : Optional.of(new OnvifService(device, this));
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        String method = request.method();
        if (onvif.isPresent() && method.equals("POST") && path.equals("/onvif/device_service")) {
            return onvif.get().handle(request, exchange);
        }
        if ((method.equals("GET") || method.equals("HEAD")) && (path.equals("/") || path.equals("/index.html"))) {
            return ok("text/html", device.templates().text("dahua/index.html"));
        }
        if (method.equals("POST") && path.equals("/RPC2_Login")) {
            return Json.object(request.body())
                    .map(json -> ok("application/json;charset=utf-8", bypass.answer(json).orElseGet(() ->
                            login.answer(json, exchange.client(), "\"" + Nonces.hex(32) + "\""))))
                    .orElseGet(() -> plain("HTTP/1.1 400 Bad Request", TEXT, ""));
        }
        if (method.equals("POST") && path.equals("/RPC2")) {
            return Json.object(request.body()).map(json -> ok("application/json;charset=utf-8", DahuaLoginBypass.rpc2(json)))
                    .orElseGet(() -> plain("HTTP/1.1 400 Bad Request", TEXT, ""));
        }
        Optional<Response> file = configFiles.answer(request);
        if (file.isPresent()) {
            return file.get();
        }
        if (path.startsWith("/cgi-bin/")) {
            return cgi(request, exchange);
        }
        return plain("HTTP/1.1 404 Not Found", "text/html", "");
    }

    private Response cgi(Request request, HttpExchange exchange) {
        boolean snapshot = request.path().equals(DahuaWeb.SNAPSHOT);
        if (snapshot && device.spec().features().anonymousViewer()) {
            return snapshot();
        }
        HttpAuth scheme = device.spec().httpAuth();
        AuthOutcome outcome = Logins.check(device, request, exchange.client(), Logins.Channel.HTTP, Set.of(scheme),
                ids.realm());
        if (!outcome.accepted()) {
            String challenge = scheme == HttpAuth.BASIC ? "Basic realm=\"" + ids.realm() + "\""
                    : "Digest realm=\"" + ids.realm() + "\", qop=\"auth\", nonce=\"" + Nonces.digits(10)
                            + "\", opaque=\"\"";
            return layout("HTTP/1.1 401 Unauthorized").header("WWW-Authenticate", challenge)
                    .header(recorder ? "CONNECTION" : "Connection", "close")
                    .header(recorder ? "CONTENT-LENGTH" : "Content-Length", "0").noBody();
        }
        if (snapshot) {
            return snapshot();
        }
        return cgi.body(request.path(), query(request))
                .map(body -> ok(TEXT, body))
                .orElseGet(() -> plain("HTTP/1.1 400 Bad Request", TEXT, "Error\r\nBad Request!\r\n"));
    }

    /** The still image of snapshot.cgi in this firmware's layout (modelled: the lab's JPEG still). */
    private Response snapshot() {
        byte[] jpeg = JpegStill.bundledFile();
        if (recorder) {
            return layout("HTTP/1.1 200 OK").header("Content-type", "image/jpeg").header("CONNECTION", "close")
                    .rawLine("Set-Cookie:secure; HttpOnly").contentLength("CONTENT-LENGTH").body(jpeg);
        }
        return Response.builder("HTTP/1.1 200 OK").header("Connection", "close").contentLength()
                .header("Content-Type", "image/jpeg").body(jpeg);
    }

    private static Map<String, String> query(Request request) {
        Map<String, String> out = new HashMap<>();
        request.query().ifPresent(q -> {
            for (String pair : q.split("&", MAX_QUERY_PARAMS)) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        });
        return out;
    }

    /** A 200 in this firmware's layout. */
    private Response ok(String contentType, String body) {
        return plain("HTTP/1.1 200 OK", contentType, body);
    }

    private Response plain(String statusLine, String contentType, String body) {
        if (recorder) {
            return layout(statusLine).header("Content-type", contentType).header("CONNECTION", "close")
                    .rawLine("Set-Cookie:secure; HttpOnly").contentLength("CONTENT-LENGTH").body(body);
        }
        return Response.builder(statusLine).header("Connection", "close").contentLength()
                .header("Content-Type", contentType).body(body);
    }

    /** The status line and, on NVR firmware, its four security headers. */
    private Response.Builder layout(String statusLine) {
        Response.Builder builder = Response.builder(statusLine);
        if (recorder) {
            builder.header("X-XSS-Protection", "1;mode=block").header("X-Frame-Options", "SAMEORIGIN")
                    .header("Content-Security-Policy", "script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                    .header("Strict-Transport-Security", "max-age=604800; includeSubDomains");
        }
        return builder;
    }

    // --- ONVIF (samples onvif/http_401_dahua_*) ---------------------------------------------------------------

    @Override
    public Response soap(String statusLine, String xml, HttpExchange exchange) {
        return DahuaOnvif.soap(statusLine, xml);
    }

    @Override
    public Response notAuthorized(AuthOutcome outcome, HttpExchange exchange) {
        return DahuaOnvif.notAuthorized(ids.realm());
    }

    @Override
    public String onvifRealm() {
        return ids.realm();
    }

    @Override
    public String faultTemplate() {
        return "onvif/fault_gsoap.xml";
    }

    @Override
    public OnvifIdentity identity() {
        return new OnvifIdentity(DahuaBrand.of(device.spec()).vendor(), device.spec().model(),
                device.spec().firmware(), ids.serial(), "1.00", recorder ? "NVR" : "IPC");
    }
}
