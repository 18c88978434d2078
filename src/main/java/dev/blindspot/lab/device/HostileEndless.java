package dev.blindspot.lab.device;

import dev.blindspot.lab.server.Connection;
import dev.blindspot.lab.server.ConnectionHandler;
import dev.blindspot.lab.server.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Answers that never end. HTTP: {@code GET} gets a 200 page read until close whose {@code <title>} never closes;
 * any other method a chunked 200 whose chunks never stop. RTSP: a 200 announcing {@code Content-Length: 2147483647}
 * followed by SDP attribute lines without end (no media line, so nothing that looks like an open stream).
 * Generated from one shared block ({@link HostileStream}).
 */
final class HostileEndless implements ConnectionHandler {

    private static final byte[] LETTERS = HostileStream.block('A');
    private static final byte[] NONE = new byte[0];
    private static final byte[] CHUNK_HEAD = (Integer.toHexString(HostileStream.BLOCK) + "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] SDP_LINE = "a=x-filler:".getBytes(StandardCharsets.ISO_8859_1);

    private final boolean rtsp;
    private final Duration deadline;

    private HostileEndless(boolean rtsp, Duration deadline) {
        this.rtsp = rtsp;
        this.deadline = deadline;
    }

    static HostileEndless http(Duration deadline) {
        return new HostileEndless(false, deadline);
    }

    static HostileEndless rtsp(Duration deadline) {
        return new HostileEndless(true, deadline);
    }

    @Override
    public void serve(Connection connection) throws IOException {
        Optional<Request> request = HostileStream.readRequest(connection, deadline, rtsp);
        if (request.isEmpty()) {
            return;
        }
        if (rtsp) {
            HostileStream.text(connection, "RTSP/1.0 200 OK\r\nCSeq: " + request.get().header("CSeq").orElse("0")
                    + "\r\nContent-Type: application/sdp\r\nContent-Length: 2147483647\r\n\r\nv=0\r\n");
            HostileStream.repeat(connection, SDP_LINE, LETTERS, CRLF, Long.MAX_VALUE);
        } else if (request.get().method().equals("GET") || request.get().method().equals("HEAD")) {
            HostileStream.text(connection, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"
                    + "<html><head><title>");
            HostileStream.repeat(connection, NONE, LETTERS, NONE, Long.MAX_VALUE);
        } else {
            HostileStream.text(connection, "HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml; charset=utf-8\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            HostileStream.repeat(connection, CHUNK_HEAD, LETTERS, CRLF, Long.MAX_VALUE);
        }
    }
}
