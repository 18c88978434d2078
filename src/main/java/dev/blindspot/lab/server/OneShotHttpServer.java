package dev.blindspot.lab.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * An HTTP/1.0-style server that answers exactly one request per connection and then closes it, whatever the
 * client asked for (embedded servers such as Xiongmai's uc-httpd behave this way and send no Content-Length).
 */
public final class OneShotHttpServer implements ConnectionHandler {

    private static final byte[] BAD_REQUEST = "HTTP/1.0 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final HttpHandler handler;
    private final Duration readDeadline;
    private final RequestReader reader = RequestReader.http();

    public OneShotHttpServer(HttpHandler handler, Duration readDeadline) {
        this.handler = handler;
        this.readDeadline = readDeadline;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        connection.input().deadlineIn(readDeadline);
        Optional<Request> request;
        try {
            request = reader.read(connection.input(), Optional.empty());
        } catch (LimitExceededException e) {
            connection.write(BAD_REQUEST);
            return;
        }
        if (request.isEmpty()) {
            return;
        }
        Response response = handler.handle(request.get(),
                new HttpExchange(connection.peer(), 1, connection.socket().getLocalPort()));
        connection.write(response.toBytes(!request.get().method().equals("HEAD")));
    }
}
