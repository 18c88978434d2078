package dev.blindspot.lab.device;

import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Map;

/**
 * An ONVIF device service whose every answer is an XML attack on the client: GetSystemDateAndTime gets a billion
 * laughs (nine levels of ten entity references, 10^9 "lol"s), GetDeviceInformation external entities (a local file,
 * this device's own canary URL as a general entity, an external DTD and parameter entity, an XInclude), anything
 * else a quadratic blow-up (one 20,000-character entity referenced 2,000 times). A client that fetched anything
 * would get {@link #CANARY} from {@code /xxe-canary/...}, and {@code /etc/passwd} lines from a file entity, so a
 * report holding either shows the parser resolved entities. The answers carry no device data.
 */
final class HostileXmlBombWeb implements HttpHandler {

    static final String CANARY = "XXE-CANARY-FETCHED";
    static final String CANARY_PATH = "/xxe-canary";
    private static final String SOAP = "application/soap+xml; charset=utf-8";
    private static final int QUADRATIC_ENTITY = 20_000;
    private static final int QUADRATIC_REFERENCES = 2_000;

    private final SimDevice device;

    HostileXmlBombWeb(SimDevice device) {
        this.device = device;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        if (path.startsWith(CANARY_PATH)) {
            String body = path.endsWith(".dtd") ? "<!ENTITY canary \"" + CANARY + "\">" : CANARY;
            return Response.builder("HTTP/1.1 200 OK").header("Content-Type", "text/plain").contentLength()
                    .header("Connection", "close").body(body);
        }
        if (!request.method().equals("POST")) {
            return Response.builder("HTTP/1.1 200 OK").header("Content-Type", "text/html").contentLength()
                    .header("Connection", "close").body("<html><head><title>IPC</title></head><body></body></html>");
        }
        String operation = SoapCall.parse(request.body()).map(SoapCall::operation).orElse("Unknown");
        String xml = switch (operation) {
            case OnvifService.PRE_AUTH_OPERATION -> device.templates().render("hostile/billion_laughs.xml",
                    Map.of("operation", operation));
            case "GetDeviceInformation" -> device.templates().render("hostile/xxe.xml", Map.of("operation", operation,
                    "canary", "http://" + device.host() + ":" + exchange.localPort() + CANARY_PATH));
            default -> Quadratic.XML;
        };
        return Response.builder("HTTP/1.1 200 OK").header("Content-Type", SOAP).contentLength()
                .header("Connection", "close").body(xml);
    }

    /** The quadratic blow-up document, built once (about 40 KB on the wire, 40 MB expanded). */
    private static final class Quadratic {
        static final String XML = build();

        private static String build() {
            StringBuilder out = new StringBuilder(QUADRATIC_ENTITY + QUADRATIC_REFERENCES * 3 + 512);
            out.append("<?xml version=\"1.0\"?>\n<!DOCTYPE SOAP-ENV:Envelope [\n <!ENTITY a \"")
                    .append("a".repeat(QUADRATIC_ENTITY)).append("\">\n]>\n")
                    .append("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://www.w3.org/2003/05/soap-envelope\">")
                    .append("<SOAP-ENV:Body><Response>");
            out.append("&a;".repeat(QUADRATIC_REFERENCES));
            return out.append("</Response></SOAP-ENV:Body></SOAP-ENV:Envelope>\n").toString();
        }
    }
}
