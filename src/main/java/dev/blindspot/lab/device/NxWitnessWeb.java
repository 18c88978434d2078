package dev.blindspot.lab.device;

import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Map;

/**
 * Nx Witness (Network Optix) media server on 7001, MODELLED from public code (no capture): {@code GET
 * /api/moduleInformation} answers without credentials (Nx's own discovery asks it unauthenticated; servers ask the
 * separate {@code moduleInformationAuthenticated} when they need more) with the {@code reply} layout of Network
 * Optix's web-admin mock server; {@code /} redirects to the web admin; every other API asks for a login.
 */
final class NxWitnessWeb implements HttpHandler {

    private final SimDevice device;

    NxWitnessWeb(SimDevice device) {
        this.device = device;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        if (path.equals("/api/moduleInformation") && request.method().equals("GET")) {
            String id = device.ids().hex("nx-server-id", 32);
            return Response.builder("HTTP/1.1 200 OK").header("Content-Type", "application/json")
                    .contentLength().body(device.templates().render("nx/moduleInformation.json", Map.of(
                            "version", device.spec().firmware(), "systemName", "Site " + id.substring(0, 4),
                            "id", id.substring(0, 8) + "-" + id.substring(8, 12) + "-" + id.substring(12, 16) + "-"
                                    + id.substring(16, 20) + "-" + id.substring(20))));
        }
        if (path.equals("/")) {
            return Response.builder("HTTP/1.1 302 Found").header("Location", "/static/index.html")
                    .contentLength().body("");
        }
        return Response.builder("HTTP/1.1 401 Unauthorized").header("Content-Type", "application/json")
                .contentLength().body("{\"error\": \"401\", \"errorString\": \"Unauthorized\", \"reply\": null}");
    }
}
