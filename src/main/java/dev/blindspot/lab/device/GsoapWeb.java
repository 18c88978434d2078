package dev.blindspot.lab.device;

import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.OnvifAuthMode;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;

/**
 * A gSOAP ONVIF server listening on port 80 of a white-label camera (samples onvif/agsh_mockup_*,
 * onvif/http_401_gsoap_IPC_CAM_headers_only.http): every POST is a SOAP call whatever the path, any other method
 * gets gSOAP's {@code 405} fault, and when ONVIF auth is on the Digest realm is {@code IPC_CAM}.
 */
final class GsoapWeb implements HttpHandler, OnvifStyle {

    static final String SERVER = "gSOAP/2.8";
    static final String REALM = "IPC_CAM";
    private static final String SOAP = "application/soap+xml; charset=utf-8";

    private final SimDevice device;
    private final OnvifService onvif;

    GsoapWeb(SimDevice device) {
        this.device = device;
        this.onvif = new OnvifService(device, this);
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        if (!request.method().equals("POST")) {
            return soap("HTTP/1.1 405 Method Not Allowed",
                    onvif.fault("Sender", "", "HTTP " + request.method() + " method not implemented"),
                    exchange);
        }
        if (device.spec().onvifAuthMode() == OnvifAuthMode.DISABLED) {
            return soap("HTTP/1.1 404 Not Found", onvif.fault("Sender", "", "Not Found"), exchange);
        }
        return onvif.handle(request, exchange);
    }

    @Override
    public Response soap(String statusLine, String xml, HttpExchange exchange) {
        return Response.builder(statusLine).header("Server", SERVER).header("Content-Type", SOAP).contentLength()
                .header("Connection", "close").body(xml);
    }

    @Override
    public Response notAuthorized(AuthOutcome outcome, HttpExchange exchange) {
        String challenge = device.spec().httpAuth() == HttpAuth.BASIC ? "Basic realm=\"" + REALM + "\""
                : "Digest realm=\"" + REALM + "\", qop=\"auth,auth-int\", nonce=\"" + Nonces.hex(20)
                        + "\", opaque=\"" + Nonces.hex(8) + "\"";
        return Response.builder("HTTP/1.1 401 Unauthorized").header("WWW-Authenticate", challenge)
                .header("Server", SERVER).header("Content-Type", SOAP).contentLength().header("Connection", "close")
                .body(onvif.fault("Sender", "ter:NotAuthorized", "Sender not Authorized"));
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
        return new OnvifIdentity(device.spec().vendor(), device.spec().model(), device.spec().firmware(),
                device.ids().digits("serial", 10), device.spec().model(), "IPCAM");
    }
}
