package dev.blindspot.lab.device;

import dev.blindspot.lab.HostileStrings;
import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Set;

/**
 * The injection device's web server: every answer has {@link HostileStrings#HTTP_SERVER} as Server header; pages
 * are behind a login in realm {@link HostileStrings#REALM} (Basic by default: a real cleartext login; attempts
 * counted) and carry {@link HostileStrings#TITLE} as title; ONVIF on {@code /onvif/device_service} follows the spec's
 * mode (open by default, a real weakness) and names the spec's hostile vendor, model and firmware, XML-escaped.
 */
final class HostileInjectionWeb implements HttpHandler, OnvifStyle {

    private static final String SOAP = "application/soap+xml; charset=utf-8";

    private final SimDevice device;
    private final OnvifService onvif;

    HostileInjectionWeb(SimDevice device) {
        this.device = device;
        this.onvif = new OnvifService(device, this);
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        if (request.method().equals("POST") && request.path().equals("/onvif/device_service")) {
            return onvif.handle(request, exchange);
        }
        AuthOutcome outcome = Logins.check(device, request, exchange.client(), Logins.Channel.HTTP,
                Set.of(device.spec().httpAuth()), HostileStrings.REALM);
        String page = "<!DOCTYPE html>\r\n<html><head><title>" + HostileStrings.TITLE + "</title></head>"
                + "<body></body></html>\r\n";
        if (!outcome.accepted()) {
            return Response.builder("HTTP/1.1 401 Unauthorized").header("Server", HostileStrings.HTTP_SERVER)
                    .header("WWW-Authenticate", challenge(device.spec().httpAuth()))
                    .header("Content-Type", "text/html; charset=utf-8").contentLength().header("Connection", "close")
                    .body(page);
        }
        return Response.builder("HTTP/1.1 200 OK").header("Server", HostileStrings.HTTP_SERVER)
                .header("Content-Type", "text/html; charset=utf-8").contentLength().header("Connection", "close")
                .body(page);
    }

    /** The spec's scheme, in the hostile realm. */
    static String challenge(HttpAuth scheme) {
        return scheme == HttpAuth.BASIC ? "Basic realm=\"" + HostileStrings.REALM + "\""
                : "Digest realm=\"" + HostileStrings.REALM + "\", qop=\"auth\", nonce=\"" + Nonces.hex(32) + "\"";
    }

    @Override
    public Response soap(String statusLine, String xml, HttpExchange exchange) {
        return Response.builder(statusLine).header("Server", HostileStrings.HTTP_SERVER).header("Content-Type", SOAP)
                .contentLength().header("Connection", "close").body(xml);
    }

    @Override
    public Response notAuthorized(AuthOutcome outcome, HttpExchange exchange) {
        return Response.builder("HTTP/1.1 401 Unauthorized").header("Server", HostileStrings.HTTP_SERVER)
                .header("WWW-Authenticate", challenge(HttpAuth.DIGEST)).header("Content-Type", SOAP).contentLength()
                .header("Connection", "close")
                .body(onvif.fault("Sender", "ter:NotAuthorized", "Sender not Authorized"));
    }

    @Override
    public String onvifRealm() {
        return HostileStrings.REALM;
    }

    @Override
    public String faultTemplate() {
        return "onvif/fault_gsoap.xml";
    }

    @Override
    public OnvifIdentity identity() {
        return new OnvifIdentity(xml(device.spec().vendor()), xml(device.spec().model()),
                xml(device.spec().firmware()), device.ids().digits("serial", 10), "1.0", "IPC");
    }

    /** XML 1.0 text: markup escaped, CR and LF as character references so a parser keeps them. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append("&#10;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
