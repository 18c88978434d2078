package dev.blindspot.lab.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A minimal HTTP/1.1 server: persistent connections until the handler answers {@code Connection: close}, the
 * client asks for it, the read deadline passes, or {@code maxRequests} were served.
 */
public final class HttpServer implements ConnectionHandler {

    private static final byte[] SERVER_ERROR = ("HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\n"
            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);

    private final HttpHandler handler;
    private final Duration readDeadline;
    private final int maxRequests;
    private final RequestReader reader = RequestReader.http();

    public HttpServer(HttpHandler handler, Duration readDeadline, int maxRequests) {
        this.handler = handler;
        this.readDeadline = readDeadline;
        this.maxRequests = maxRequests;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        for (int sequence = 1; sequence <= maxRequests; sequence++) {
            connection.input().deadlineIn(readDeadline);
            Optional<Request> next;
            try {
                next = reader.read(connection.input(), Optional.of(connection.output()));
            } catch (LimitExceededException e) {
                connection.write(handler.badRequest().toBytes(true));
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            Request request = next.get();
            Response response;
            try {
                response = handler.handle(request,
                        new HttpExchange(connection.peer(), sequence, connection.socket().getLocalPort()));
            } catch (RuntimeException e) {
                connection.write(SERVER_ERROR);
                throw e;
            }
            connection.write(response.toBytes(!request.method().equals("HEAD")));
            if (response.closes() || clientCloses(request)) {
                return;
            }
        }
    }

    private static boolean clientCloses(Request request) {
        String connection = request.header("Connection").orElse("");
        if (request.version().equals("HTTP/1.0")) {
            return !connection.equalsIgnoreCase("keep-alive");
        }
        return connection.equalsIgnoreCase("close");
    }
}
