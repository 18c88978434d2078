package dev.blindspot.lab.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A minimal RTSP/1.0 server: reads requests (skipping interleaved {@code $} frames a client may send after PLAY)
 * and writes the handler's responses until the client leaves, the deadline passes or {@code maxRequests} is hit.
 */
public final class RtspServer implements ConnectionHandler {

    private static final int MAX_INTERLEAVED_FRAMES = 64;

    private final RtspHandler handler;
    private final Duration readDeadline;
    private final int maxRequests;
    private final RequestReader reader = RequestReader.rtsp();

    public RtspServer(RtspHandler handler, Duration readDeadline, int maxRequests) {
        this.handler = handler;
        this.readDeadline = readDeadline;
        this.maxRequests = maxRequests;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        RtspSession session = new RtspSession(connection.peer(), connection.socket().getLocalPort());
        for (int i = 0; i < maxRequests; i++) {
            connection.input().deadlineIn(readDeadline);
            skipInterleaved(connection.input());
            Optional<Request> next;
            try {
                next = reader.read(connection.input(), Optional.empty());
            } catch (LimitExceededException e) {
                connection.write("RTSP/1.0 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            Response response = handler.handle(next.get(), session);
            connection.write(response.toBytes(true));
            if (response.closes()) {
                return;
            }
        }
    }

    private static void skipInterleaved(BoundedInput in) throws IOException {
        for (int frames = 0; in.peek() == '$'; frames++) {
            if (frames == MAX_INTERLEAVED_FRAMES) {
                throw new LimitExceededException("too many interleaved frames");
            }
            in.skip(2);
            int length = (in.read() << 8) | in.read();
            if (length < 0) {
                return;
            }
            in.skip(length);
        }
    }
}
