package dev.blindspot.lab.server;

/** A device's web application: one response per request, never null. */
@FunctionalInterface
public interface HttpHandler {

    Response handle(Request request, HttpExchange exchange);

    /**
     * The answer to bytes that are not a request this server can read (a TLS hello, a malformed request line, a
     * header block over the limits); the connection is closed after it. Vendors override it with their server's
     * own layout; the default is a bare 400.
     */
    default Response badRequest() {
        return Response.builder("HTTP/1.1 400 Bad Request").header("Connection", "close").contentLength().noBody();
    }
}
