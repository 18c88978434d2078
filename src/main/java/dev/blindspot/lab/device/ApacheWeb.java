package dev.blindspot.lab.device;

import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Map;

/**
 * A Debian box's Apache serving the stock "It works" page (headers as Apache 2.4 sends a static file): the
 * non-surveillance workstation/server every real network has. Nothing planted.
 */
final class ApacheWeb implements HttpHandler {

    static final String SERVER = "Apache/2.4.62 (Debian)";

    private final SimDevice device;

    ApacheWeb(SimDevice device) {
        this.device = device;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        boolean read = request.method().equals("GET") || request.method().equals("HEAD");
        if (read && (path.equals("/") || path.equals("/index.html"))) {
            String page = device.templates().text("workstation/index.html");
            return Response.builder("HTTP/1.1 200 OK").header("Date", WireDates.http(device.now()))
                    .header("Server", SERVER).header("Last-Modified", "Mon, 06 Jan 2025 09:12:44 GMT")
                    .header("ETag", "\"" + Integer.toHexString(page.length()) + "-62b0e3c5a1f00\"")
                    .header("Accept-Ranges", "bytes").contentLength().header("Vary", "Accept-Encoding")
                    .header("Content-Type", "text/html").body(page);
        }
        return Response.builder("HTTP/1.1 404 Not Found").header("Date", WireDates.http(device.now()))
                .header("Server", SERVER).contentLength().header("Content-Type", "text/html; charset=iso-8859-1")
                .body(device.templates().render("workstation/404.html", Map.of("server", SERVER,
                        "host", device.host(), "port", Integer.toString(exchange.localPort()))));
    }
}
