package dev.blindspot.lab.device;

import dev.blindspot.lab.server.Response;
import java.util.Map;

/**
 * Responses as nginx (with {@code server_tokens off}) writes them: {@code Server: nginx}, Date, Content-Type,
 * Content-Length, {@code Connection: keep-alive}, then whatever the upstream added; and nginx's own error pages.
 */
final class Nginx {

    private Nginx() {}

    static Response.Builder head(SimDevice device, String statusLine, String contentType) {
        return Response.builder(statusLine).header("Server", "nginx").header("Date", WireDates.http(device.now()))
                .header("Content-Type", contentType).contentLength().header("Connection", "keep-alive");
    }

    /**
     * nginx's built-in page for {@code code reason}; its page says {@code 401 Authorization Required} where the
     * status line says {@code 401 Unauthorized}.
     */
    static Response error(SimDevice device, int code, String reason) {
        String page = code == 401 ? "401 Authorization Required" : code + " " + reason;
        return head(device, "HTTP/1.1 " + code + " " + reason, "text/html")
                .body(device.templates().render("nginx_error.html", Map.of("status", page)));
    }
}
