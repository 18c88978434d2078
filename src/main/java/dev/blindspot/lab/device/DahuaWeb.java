package dev.blindspot.lab.device;

import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.OnvifAuthMode;
import dev.blindspot.lab.media.JpegStill;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Optional;
import java.util.Set;

/**
 * Web server of an old Dahua camera (see lab/SOURCES.md): no Server header, the "WEB SERVICE" login page on
 * {@code /}, vendor CGIs under {@code /cgi-bin/} behind Basic realm {@code Device_CGI} (2014 firmware), and ONVIF
 * whose Digest realm is {@code Login to <serial>}.
 */
final class DahuaWeb implements HttpHandler, OnvifStyle {

    static final String CGI_REALM = "Device_CGI";
    /** The HTTP API's snapshot CGI; open without login only when the spec's anonymousViewer (auth off) is set. */
    static final String SNAPSHOT = "/cgi-bin/snapshot.cgi";
    private static final String TEXT = "text/plain;charset=utf-8";

    private final SimDevice device;
    private final DahuaIds ids;
    private final Optional<OnvifService> onvif;

    DahuaWeb(SimDevice device) {
        this.device = device;
        this.ids = DahuaIds.of(device.spec(), device.ids());
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
                && (path.equals("/") || path.equals("/index.html"))) {
            // header names in capitals, as nmap's "Dahua webcam httpd" fingerprint of this page has them
            return Response.builder("HTTP/1.1 200 OK").header("CONNECTION", "close").contentLength("CONTENT-LENGTH")
                    .header("CONTENT-TYPE", "text/html").body(device.templates().text("dahua/index.html"));
        }
        if (path.startsWith("/cgi-bin/")) {
            return cgi(request, exchange);
        }
        Optional<Response> file = new DahuaConfigFiles(device, ids).answer(request);
        if (file.isPresent()) {
            return file.get();
        }
        return plain("HTTP/1.1 404 Not Found", "text/html", "");
    }

    private Response cgi(Request request, HttpExchange exchange) {
        boolean snapshot = request.path().equals(SNAPSHOT);
        if (snapshot && device.spec().features().anonymousViewer()) {
            return snapshot();
        }
        boolean basic = device.spec().httpAuth() == HttpAuth.BASIC;
        String realm = basic ? CGI_REALM : ids.realm();
        AuthOutcome outcome = Logins.check(device, request, exchange.client(), Logins.Channel.HTTP,
                Set.of(device.spec().httpAuth()), realm);
        if (!outcome.accepted()) {
            String challenge = basic ? "Basic realm=\"" + CGI_REALM + "\""
                    : "Digest realm=\"" + realm + "\", qop=\"auth\", nonce=\"" + Nonces.hex(32) + "\", opaque=\"\"";
            return Response.builder("HTTP/1.1 401 Unauthorized").header("WWW-Authenticate", challenge)
                    .header("Connection", "close").contentLength().noBody();
        }
        if (snapshot) {
            return snapshot();
        }
        String action = request.query().flatMap(DahuaWeb::action).orElse("");
        String body = switch (request.path() + "?" + action) {
            case "/cgi-bin/magicBox.cgi?getDeviceType" -> "type=" + device.spec().model() + "\r\n";
            case "/cgi-bin/magicBox.cgi?getSoftwareVersion" -> "version=" + device.spec().firmware() + "\r\n";
            case "/cgi-bin/magicBox.cgi?getVendor" -> "vendor=Dahua\r\n";
            case "/cgi-bin/magicBox.cgi?getMachineName" -> "name=" + ids.serial() + "\r\n";
            case "/cgi-bin/magicBox.cgi?getSystemInfo" -> "deviceType=" + device.spec().model()
                    + "\r\nhardwareVersion=1.00\r\nprocessor=DM365\r\nserialNumber=" + ids.serial()
                    + "\r\nupdateSerial=" + device.spec().model() + "\r\n";
            default -> null;
        };
        if (body == null) {
            return plain("HTTP/1.1 400 Bad Request", TEXT, "Error\r\nBad Request!\r\n");
        }
        return plain("HTTP/1.1 200 OK", TEXT, body);
    }

    /** The still image of snapshot.cgi (modelled: the lab's JPEG still). */
    private static Response snapshot() {
        return Response.builder("HTTP/1.1 200 OK").header("Connection", "close").contentLength()
                .header("Content-Type", "image/jpeg").body(JpegStill.bundledFile());
    }

    private static Optional<String> action(String query) {
        for (String pair : query.split("&")) {
            if (pair.startsWith("action=")) {
                return Optional.of(pair.substring("action=".length()));
            }
        }
        return Optional.empty();
    }

    private static Response plain(String statusLine, String contentType, String body) {
        return Response.builder(statusLine).header("Connection", "close").contentLength()
                .header("Content-Type", contentType).body(body);
    }

    // --- ONVIF (sample onvif/http_401_dahua_*) ------------------------------------------------------------------

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
        return new OnvifIdentity("Dahua", device.spec().model(), device.spec().firmware(), ids.serial(), "1.00", "IPC");
    }
}
