package dev.blindspot.lab.device;

import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;

/**
 * Xiongmai's uc-httpd 1.0.0 on port 80 (served one request per connection, HTTP/1.0, no Content-Length): the
 * "NETSurveillance WEB" page on {@code /}; the page logs in through DVRIP, so there is no HTTP authentication.
 */
final class XiongmaiWeb implements HttpHandler {

    static final String SERVER = "uc-httpd 1.0.0";

    private final SimDevice device;

    XiongmaiWeb(SimDevice device) {
        this.device = device;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        boolean read = request.method().equals("GET") || request.method().equals("HEAD");
        if (read && (path.equals("/") || path.equals("/index.htm") || path.equals("/index.html"))) {
            return Response.builder("HTTP/1.0 200 OK").header("Content-type", "text/html").header("Server", SERVER)
                    .header("Expires", "0").body(device.templates().text("xiongmai/index.htm"));
        }
        return Response.builder("HTTP/1.0 404 File Not Found").header("Content-type", "text/html")
                .header("Server", SERVER).body(device.templates().text("xiongmai/404.htm"));
    }
}
