package dev.blindspot.lab.device;

import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.OnvifAuthMode;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The web server of a Hanwha (ex-Samsung) Wisenet camera on 80 and 443: the web page on {@code /} (title
 * "Hanwha Techwin"), SUNAPI under {@code /stw-cgi/} and the old iPolis UI under {@code /home/} behind Digest realm
 * {@code iPolis} (Greenbone's Samsung iPolis detection and default-credential test), key=value answers (JSON when
 * asked with {@code Accept: application/json}), HTTP 490 while the account is blocked after failed logins (the code
 * Nx Witness' Hanwha driver treats as "blocked"), and ONVIF on {@code /onvif/device_service}.
 */
final class HanwhaWeb implements HttpHandler, OnvifStyle {

    static final String REALM = "iPolis";
    static final String BLOCKED_STATUS = "HTTP/1.1 490 Account Blocked";
    private static final String DEVICEINFO = "/stw-cgi/system.cgi";

    private final SimDevice device;
    private final HanwhaIds ids;
    private final Optional<OnvifService> onvif;

    HanwhaWeb(SimDevice device) {
        this.device = device;
        this.ids = HanwhaIds.of(device.ids());
        this.onvif = device.spec().onvifAuthMode() == OnvifAuthMode.DISABLED ? Optional.empty()
                : Optional.of(new OnvifService(device, this));
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        boolean read = request.method().equals("GET") || request.method().equals("HEAD");
        if (onvif.isPresent() && request.method().equals("POST") && path.equals("/onvif/device_service")) {
            return onvif.get().handle(request, exchange);
        }
        if (read && (path.equals("/") || path.equals("/index.html"))) {
            return html("HTTP/1.1 200 OK", device.templates().text("hanwha/index.html"));
        }
        if (path.startsWith("/stw-cgi/") || path.startsWith("/home/")) {
            return sunapi(request, exchange);
        }
        return html("HTTP/1.1 404 Not Found", device.templates().text("hanwha/404.html"));
    }

    private Response sunapi(Request request, HttpExchange exchange) {
        AuthOutcome outcome = Logins.check(device, request, exchange.client(), Logins.Channel.HTTP,
                Set.of(device.spec().httpAuth()), REALM);
        if (outcome instanceof AuthOutcome.Locked
                || (outcome instanceof AuthOutcome.Missing && device.lockRemaining(exchange.client()).isPresent())) {
            return blocked();
        }
        if (!outcome.accepted()) {
            return Response.builder("HTTP/1.1 401 Unauthorized").header("WWW-Authenticate", challenge())
                    .header("Content-Type", "text/html").contentLength()
                    .body(device.templates().text("hanwha/401.html"));
        }
        Query query = Query.parse(request.query());
        if (request.path().equals("/home/monitoring.cgi")) {
            return html("HTTP/1.1 200 OK", device.templates().render("hanwha/monitoring.html",
                    Map.of("model", device.spec().model())));
        }
        if (request.path().equals(DEVICEINFO) && query.get("msubmenu").orElse("").equals("deviceinfo")
                && query.get("action").orElse("").equals("view")) {
            return deviceInfo(request.header("Accept").orElse("").contains("application/json"));
        }
        return text("NG\r\nError Code: 608\r\nError Details: Submenu Not Found\r\n");
    }

    private Response deviceInfo(boolean json) {
        Map<String, String> values = Map.of("model", device.spec().model(), "serial", ids.serial(),
                "firmware", device.spec().firmware(), "mac", ids.mac());
        if (json) {
            return Response.builder("HTTP/1.1 200 OK").header("Content-Type", "application/json").contentLength()
                    .body(device.templates().render("hanwha/deviceinfo.json", values));
        }
        return text(device.templates().render("hanwha/deviceinfo.txt", values));
    }

    private String challenge() {
        if (device.spec().httpAuth() == HttpAuth.BASIC) {
            return "Basic realm=\"" + REALM + "\"";
        }
        return "Digest realm=\"" + REALM + "\", nonce=\"" + Nonces.hex(32) + "\", qop=\"auth\"";
    }

    private static Response blocked() {
        return Response.builder(BLOCKED_STATUS).header("Content-Type", "text/plain").contentLength().noBody();
    }

    private static Response text(String body) {
        return Response.builder("HTTP/1.1 200 OK").header("Content-Type", "text/plain").contentLength().body(body);
    }

    private static Response html(String statusLine, String body) {
        return Response.builder(statusLine).header("Content-Type", "text/html").contentLength().body(body);
    }

    // --- ONVIF -------------------------------------------------------------------------------------------------

    @Override
    public Response soap(String statusLine, String xml, HttpExchange exchange) {
        return Response.builder(statusLine).header("Content-Type", "application/soap+xml; charset=utf-8")
                .contentLength().body(xml);
    }

    @Override
    public Response notAuthorized(AuthOutcome outcome, HttpExchange exchange) {
        if (outcome instanceof AuthOutcome.Locked) {
            return blocked();
        }
        return Response.builder("HTTP/1.1 401 Unauthorized").header("WWW-Authenticate", challenge())
                .header("Content-Type", "application/soap+xml; charset=utf-8").contentLength()
                .body(onvif.orElseThrow().fault("Sender", "ter:NotAuthorized", "Sender not Authorized"));
    }

    @Override
    public String onvifRealm() {
        return REALM;
    }

    @Override
    public String faultTemplate() {
        return "onvif/fault_gsoap.xml";
    }

    @Override
    public OnvifIdentity identity() {
        return new OnvifIdentity("Hanwha Techwin", device.spec().model(), device.spec().firmware(), ids.serial(),
                device.spec().model(), device.spec().model().toLowerCase(Locale.ROOT));
    }
}
