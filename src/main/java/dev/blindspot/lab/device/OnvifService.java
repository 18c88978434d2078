package dev.blindspot.lab.device;

import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.OnvifAuthMode;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.EnumSet;

/**
 * The ONVIF device service on {@code POST /onvif/device_service}: GetSystemDateAndTime, GetDeviceInformation,
 * GetCapabilities, GetScopes, GetHostname, GetUsers, GetProfiles and GetStreamUri, in gSOAP envelopes captured from a real camera. In
 * {@link OnvifAuthMode#STANDARD} only GetSystemDateAndTime (PRE_AUTH) goes without a WS-Security UsernameToken or
 * HTTP Digest credentials; in {@link OnvifAuthMode#OPEN} nothing is checked.
 */
final class OnvifService {

    static final String PRE_AUTH_OPERATION = "GetSystemDateAndTime";

    private final SimDevice device;
    private final OnvifStyle style;

    OnvifService(SimDevice device, OnvifStyle style) {
        this.device = device;
        this.style = style;
    }

    Response handle(Request request, HttpExchange exchange) {
        Optional<SoapCall> parsed = SoapCall.parse(request.body());
        if (parsed.isEmpty()) {
            return style.soap("HTTP/1.1 400 Bad Request", fault("Sender", "ter:WellFormed", "Well-formed Error"),
                    exchange);
        }
        SoapCall call = parsed.get();
        boolean protectedCall = device.spec().onvifAuthMode() == OnvifAuthMode.STANDARD
                && !call.operation().equals(PRE_AUTH_OPERATION);
        if (protectedCall) {
            AuthOutcome outcome = authenticate(call, request, exchange);
            if (!outcome.accepted()) {
                return style.notAuthorized(outcome, exchange);
            }
        }
        return answer(call.operation(), exchange);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A fault body in the vendor's dialect; {@code subcode} may be empty (no Subcode element). */
    String fault(String code, String subcode, String reason) {
        String prefix = style.faultTemplate().endsWith("_env.xml") ? "env" : "SOAP-ENV";
        String subcodeElement = subcode.isEmpty() ? "" : "\n                <" + prefix + ":Subcode>\n"
                + "                    <" + prefix + ":Value>" + subcode + "</" + prefix + ":Value>\n"
                + "                </" + prefix + ":Subcode>";
        return device.templates().render(style.faultTemplate(),
                Map.of("code", code, "subcode", subcodeElement, "reason", reason));
    }

    private AuthOutcome authenticate(SoapCall call, Request request, HttpExchange exchange) {
        if (call.token().isPresent()) {
            UsernameToken token = call.token().get();
            return device.login(LoginProtocol.ONVIF_USERNAME_TOKEN, exchange.client(), token.username(),
                    token::matches);
        }
        return Logins.check(device, request, exchange.client(), Logins.Channel.ONVIF,
                EnumSet.of(HttpAuth.DIGEST, device.spec().httpAuth()), style.onvifRealm());
    }

    private Response answer(String operation, HttpExchange exchange) {
        OnvifIdentity id = style.identity();
        Templates templates = device.templates();
        String xml = switch (operation) {
            case PRE_AUTH_OPERATION -> {
                ZonedDateTime t = device.now().atZone(ZoneOffset.UTC);
                yield templates.render("onvif/GetSystemDateAndTime.xml", Map.of(
                        "hour", Integer.toString(t.getHour()), "minute", Integer.toString(t.getMinute()),
                        "second", Integer.toString(t.getSecond()), "year", Integer.toString(t.getYear()),
                        "month", Integer.toString(t.getMonthValue()), "day", Integer.toString(t.getDayOfMonth())));
            }
            case "GetDeviceInformation" -> templates.render("onvif/GetDeviceInformation.xml", Map.of(
                    "manufacturer", id.manufacturer(), "model", id.model(), "firmware", id.firmware(),
                    "serial", id.serial(), "hardwareId", id.hardwareId()));
            case "GetCapabilities" -> templates.render("onvif/GetCapabilities.xml", Map.of("base",
                    "http://" + device.host() + (exchange.localPort() == 80 ? "" : ":" + exchange.localPort())));
            case "GetScopes" -> templates.render("onvif/GetScopes.xml",
                    Map.of("hardware", id.model(), "name", id.manufacturer()));
            case "GetHostname" -> templates.render("onvif/GetHostname.xml", Map.of("hostname", id.hostname()));
            // read-only operations beyond PRE_AUTH (issue 5, access): the account without its password (as real
            // devices normally answer), the mockup camera's profiles, and its stream URI on this device's address
            case "GetUsers" -> templates.render("onvif/GetUsers.xml", Map.of("users",
                    "\n            <tds:User>\n                <tds:Username>" + xml(device.spec().username())
                            + "</tds:Username>\n                <tds:UserLevel>Administrator</tds:UserLevel>\n"
                            + "            </tds:User>"));
            case "GetProfiles" -> templates.text("onvif/GetProfiles.xml");
            case "GetStreamUri" -> templates.render("onvif/GetStreamUri.xml",
                    Map.of("uri", "rtsp://" + device.host() + "/h264main"));
            default -> null;
        };
        if (xml == null) {
            return style.soap("HTTP/1.1 500 Internal Server Error",
                    fault("Receiver", "ter:ActionNotSupported", "Optional Action Not Implemented"), exchange);
        }
        return style.soap("HTTP/1.1 200 OK", xml, exchange);
    }
}
