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
 * Axis web server (Apache; see lab/SOURCES.md): VAPIX CGIs behind Digest in realm {@code AXIS_<serial>} with
 * Apache's 401 page (param.cgi list, pwdgrp.cgi get, usergroup.cgi, basicdeviceinfo getAllProperties, API
 * discovery), the APIs Axis serves without login (basicdeviceinfo getAllUnrestrictedProperties, systemready), and
 * ONVIF whose HTTP Digest realm is {@code AXIS_WS_<serial>}. A spec with an empty password is a unit never set up:
 * systemready says {@code needsetup} (sample systemready_needsetup_fw11.11.json).
 */
final class AxisWeb implements HttpHandler, OnvifStyle {

    static final String SERVER = "Apache/2.4.27 (Unix) OpenSSL/1.0.2k";
    private static final Set<String> PROTECTED = Set.of("/axis-cgi/", "/onvif-cgi/", "/vapix/", "/local/");
    private static final String BUILD_DATE = "Apr 29 2020 06:50";
    private static final String JSON = "application/json";
    static final String IMAGE = "/axis-cgi/jpg/image.cgi";

    private final SimDevice device;
    private final AxisIds ids;
    private final Optional<OnvifService> onvif;

    AxisWeb(SimDevice device) {
        this.device = device;
        this.ids = AxisIds.of(device.ids());
        this.onvif = device.spec().onvifAuthMode() == OnvifAuthMode.DISABLED ? Optional.empty()
                : Optional.of(new OnvifService(device, this));
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        String method = request.method();
        if (onvif.isPresent() && method.equals("POST")
                && (path.equals("/onvif/device_service") || path.equals("/onvif/services"))) {
            return onvif.get().handle(request, exchange);
        }
        if ((method.equals("GET") || method.equals("HEAD")) && (path.equals("/") || path.equals("/index.html"))) {
            return ok("text/html; charset=utf-8", device.templates().text("axis/index.html"));
        }
        if (path.equals("/axis-cgi/basicdeviceinfo.cgi") && request.bodyText().contains("getAllUnrestrictedProperties")) {
            return ok(JSON, basicDeviceInfo("axis/basicdeviceinfo_unrestricted.json"));
        }
        if (path.equals("/axis-cgi/systemready.cgi") && method.equals("POST")) {
            return ok(JSON, device.templates().text(device.spec().password().isEmpty()
                    ? "axis/systemready_needsetup.json" : "axis/systemready_ready.json"));
        }
        boolean image = path.equals(IMAGE) && (method.equals("GET") || method.equals("HEAD"));
        if (image && device.spec().features().anonymousViewer()) {
            // "Allow anonymous viewers": the viewer's APIs (image, MJPEG) answer without login, admin APIs do not
            return image();
        }
        if (PROTECTED.stream().anyMatch(path::startsWith)) {
            AuthOutcome outcome = Logins.check(device, request, exchange.client(), Logins.Channel.HTTP,
                    Set.of(device.spec().httpAuth()), ids.realm());
            if (!outcome.accepted()) {
                return unauthorized(ids.realm());
            }
            if (image) {
                return image();
            }
            if (path.equals("/axis-cgi/usergroup.cgi")) {
                return ok("text/plain", device.spec().username() + "\nadmin,operator,viewer,ptz\n");
            }
            // the UPnP group follows the spec's UPnP setting (the captured list has it on)
            if (path.equals("/axis-cgi/param.cgi") && request.query().orElse("").contains("group=root.Network.UPnP")) {
                return ok("text/plain", device.templates().render("axis/param_Network_UPnP.txt", Map.of(
                        "enabled", device.spec().features().upnp() ? "yes" : "no", "model", device.spec().model(),
                        "serial", ids.serial())));
            }
            Optional<Response> vapix = vapix(request);
            if (vapix.isPresent()) {
                return vapix.get();
            }
        }
        return apache("HTTP/1.1 404 Not Found").contentLength().header("Connection", "close")
                .header("Content-Type", "text/html; charset=iso-8859-1").body(device.templates().text("axis/404.html"));
    }

    /** The VAPIX answers behind login (samples axis/*): empty for paths this camera does not serve. */
    private Optional<Response> vapix(Request request) {
        String path = request.path();
        String query = request.query().orElse("");
        if (path.equals("/axis-cgi/basicdeviceinfo.cgi") && request.bodyText().contains("getAllProperties")) {
            return Optional.of(ok(JSON, basicDeviceInfo("axis/basicdeviceinfo_all.json")));
        }
        if (path.equals("/axis-cgi/apidiscovery.cgi") && request.bodyText().contains("getApiList")) {
            return Optional.of(ok(JSON, device.templates().text("axis/apidiscovery.json")));
        }
        if (path.equals("/axis-cgi/pwdgrp.cgi") && query.contains("action=get")) {
            return Optional.of(ok("text/plain", device.templates().text("axis/pwdgrp_get.txt")));
        }
        if (path.equals("/axis-cgi/param.cgi") && query.contains("action=list")) {
            return Optional.of(ok("text/plain", AxisParams.list(paramList(), query)));
        }
        return Optional.empty();
    }

    private String paramList() {
        String serial = ids.serial();
        return device.templates().render("axis/param_list.txt", Map.of("model", device.spec().model(),
                "serial", serial, "mac", serial.replaceAll("(..)(?!$)", "$1:"),
                "hostname", "axis-" + serial.toLowerCase(Locale.ROOT), "firmware", device.spec().firmware(),
                "dhcpFirmware", "," + device.spec().firmware(), "buildDate", BUILD_DATE,
                "hardwareId", hardwareId()));
    }

    private String basicDeviceInfo(String template) {
        return device.templates().render(template, Map.of(
                "model", device.spec().model(), "productType", "Network Camera", "firmware", device.spec().firmware(),
                "serial", ids.serial(), "buildDate", BUILD_DATE, "hardwareId", hardwareId()));
    }

    /** VAPIX jpg/image.cgi (modelled: the lab's JPEG still in Apache's header layout). */
    private Response image() {
        return apache("HTTP/1.1 200 OK").contentLength().header("Connection", "close")
                .header("Content-Type", "image/jpeg").body(dev.blindspot.lab.media.JpegStill.bundledFile());
    }

    private Response ok(String contentType, String body) {
        return apache("HTTP/1.1 200 OK").contentLength().header("Connection", "close")
                .header("Content-Type", contentType).body(body);
    }

    private Response unauthorized(String realm) {
        String challenge = device.spec().httpAuth() == HttpAuth.BASIC ? "Basic realm=\"" + realm + "\""
                : "Digest realm=\"" + realm + "\", nonce=\"" + AxisIds.nonce() + "\", algorithm=MD5, qop=\"auth\"";
        return apache("HTTP/1.1 401 Unauthorized").header("WWW-Authenticate", challenge).contentLength()
                .header("Connection", "close").header("Content-Type", "text/html; charset=iso-8859-1")
                .body(device.templates().text("axis/401.html"));
    }

    private Response.Builder apache(String statusLine) {
        return Response.builder(statusLine).header("Date", WireDates.http(device.now())).header("Server", SERVER);
    }

    private String hardwareId() {
        return device.ids().hex("hwid", 3).toUpperCase(Locale.ROOT);
    }

    // --- ONVIF -------------------------------------------------------------------------------------------------

    @Override
    public Response soap(String statusLine, String xml, HttpExchange exchange) {
        return apache(statusLine).contentLength().header("Connection", "close")
                .header("Content-Type", "application/soap+xml; charset=utf-8").body(xml);
    }

    @Override
    public Response notAuthorized(AuthOutcome outcome, HttpExchange exchange) {
        return unauthorized(ids.webServiceRealm());
    }

    @Override
    public String onvifRealm() {
        return ids.webServiceRealm();
    }

    @Override
    public String faultTemplate() {
        return "onvif/fault_gsoap.xml";
    }

    @Override
    public OnvifIdentity identity() {
        return new OnvifIdentity("AXIS", device.spec().model(), device.spec().firmware(), ids.serial(), hardwareId(),
                "axis-" + ids.serial().toLowerCase(Locale.ROOT));
    }
}
