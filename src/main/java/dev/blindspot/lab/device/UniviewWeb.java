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
 * The web server of a Uniview (UNV) camera on port 80 (modelled, see lab/SOURCES.md): the web client page on
 * {@code /}, LAPI under {@code /LAPI/V1.0/} behind HTTP Digest with JSON envelopes ({@code Response.ResponseCode}
 * 0 = success; unknown paths HTTP 599 with ResponseCode 1), and ONVIF on {@code /onvif/device_service}.
 */
final class UniviewWeb implements HttpHandler, OnvifStyle {

    static final String REALM = "IPC";
    static final String DEVICE_INFO = "/LAPI/V1.0/System/DeviceInfo";
    private static final String JSON = "application/json; charset=utf-8";

    private final SimDevice device;
    private final UniviewIds ids;
    private final Optional<OnvifService> onvif;

    UniviewWeb(SimDevice device) {
        this.device = device;
        this.ids = UniviewIds.of(device.ids());
        this.onvif = device.spec().onvifAuthMode() == OnvifAuthMode.DISABLED ? Optional.empty()
                : Optional.of(new OnvifService(device, this));
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        if (onvif.isPresent() && request.method().equals("POST") && path.equals("/onvif/device_service")) {
            return onvif.get().handle(request, exchange);
        }
        if ((request.method().equals("GET") || request.method().equals("HEAD"))
                && (path.equals("/") || path.equals("/index.htm"))) {
            return Response.builder("HTTP/1.1 200 OK").header("Content-Type", "text/html").contentLength()
                    .body(device.templates().text("uniview/index.htm"));
        }
        if (path.startsWith("/LAPI/")) {
            return lapi(request, exchange);
        }
        return Response.builder("HTTP/1.1 404 Not Found").header("Content-Type", "text/html").contentLength()
                .body(device.templates().text("uniview/404.htm"));
    }

    private Response lapi(Request request, HttpExchange exchange) {
        AuthOutcome outcome = Logins.check(device, request, exchange.client(), Logins.Channel.HTTP,
                Set.of(device.spec().httpAuth()), REALM);
        if (!outcome.accepted()) {
            return unauthorized("text/html", device.templates().text("uniview/401.htm"));
        }
        if (request.path().equals(DEVICE_INFO)) {
            return Response.builder("HTTP/1.1 200 OK").header("Content-Type", JSON).contentLength()
                    .body(device.templates().render("uniview/DeviceInfo.json", Map.of(
                            "model", device.spec().model(), "serial", ids.serial(),
                            "firmware", device.spec().firmware(), "mac", ids.mac())));
        }
        return Response.builder("HTTP/1.1 599 Unknown").header("Content-Type", JSON).contentLength()
                .body(device.templates().render("uniview/unsupported.json", Map.of("url", request.path())));
    }

    private Response unauthorized(String contentType, String body) {
        String challenge = device.spec().httpAuth() == HttpAuth.BASIC ? "Basic realm=\"" + REALM + "\""
                : "Digest realm=\"" + REALM + "\", qop=\"auth\", nonce=\"" + Nonces.hex(32) + "\", opaque=\""
                        + Nonces.hex(32) + "\"";
        return Response.builder("HTTP/1.1 401 Unauthorized").header("WWW-Authenticate", challenge)
                .header("Content-Type", contentType).contentLength().body(body);
    }

    // --- ONVIF -------------------------------------------------------------------------------------------------

    @Override
    public Response soap(String statusLine, String xml, HttpExchange exchange) {
        return Response.builder(statusLine).header("Content-Type", "application/soap+xml; charset=utf-8")
                .contentLength().body(xml);
    }

    @Override
    public Response notAuthorized(AuthOutcome outcome, HttpExchange exchange) {
        return unauthorized("application/soap+xml; charset=utf-8",
                onvif.orElseThrow().fault("Sender", "ter:NotAuthorized", "Sender not Authorized"));
    }

    @Override
    public String onvifRealm() {
        return REALM;
    }

    @Override
    public String faultTemplate() {
        return "onvif/fault_env.xml";
    }

    @Override
    public OnvifIdentity identity() {
        return new OnvifIdentity("Uniview", device.spec().model(), device.spec().firmware(), ids.serial(),
                device.spec().model(), "IPC-" + ids.serial().substring(ids.serial().length() - 6).toLowerCase(Locale.ROOT));
    }
}
