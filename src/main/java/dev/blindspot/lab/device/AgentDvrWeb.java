package dev.blindspot.lab.device;

import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Map;

/**
 * Agent DVR (iSpyConnect) web server on 8090, in its default setup (no login on the local network): the
 * {@code /command/getStatus} and {@code /command/getObjects} JSON of the Home Assistant integration's fixtures
 * (samples agentdvr/*, with the device's version and install id filled in). The start page is MODELLED (no capture):
 * a bare single-page-app shell without a product title.
 */
final class AgentDvrWeb implements HttpHandler {

    private final SimDevice device;

    AgentDvrWeb(SimDevice device) {
        this.device = device;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return reply("HTTP/1.1 404 Not Found", "text/plain", "");
        }
        return switch (request.path()) {
            case "/command/getStatus" -> reply("HTTP/1.1 200 OK", "application/json", device.templates()
                    .render("agentdvr/command_getStatus.json", Map.of("version", device.spec().firmware(),
                            "unique", uuid())));
            case "/command/getObjects" -> reply("HTTP/1.1 200 OK", "application/json",
                    device.templates().text("agentdvr/command_getObjects.json"));
            case "/", "/index.html" -> reply("HTTP/1.1 200 OK", "text/html",
                    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div id=\"app\"></div>"
                            + "<script src=\"/js/app.js\"></script></body></html>");
            default -> reply("HTTP/1.1 404 Not Found", "text/plain", "");
        };
    }

    private String uuid() {
        String h = device.ids().hex("agentdvr-unique", 32);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20);
    }

    private static Response reply(String statusLine, String type, String body) {
        return Response.builder(statusLine).header("Content-Type", type).contentLength().body(body);
    }
}
