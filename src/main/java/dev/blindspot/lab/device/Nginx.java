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

    /** nginx's built-in page, e.g. {@code 405 Not Allowed} or {@code 401 Authorization Required}. */
    static Response error(SimDevice device, int code, String reason) {
        String status = code + " " + reason;
        return head(device, "HTTP/1.1 " + status, "text/html")
                .body(device.templates().render("nginx_error.html", Map.of("status", status)));
    }
}
