package dev.blindspot.lab.device;

import dev.blindspot.lab.server.Connection;
import dev.blindspot.lab.server.ConnectionHandler;
import dev.blindspot.lab.server.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Header blocks far beyond any sane limit, written lazily. HTTP {@code GET}: a 200 with a megabyte of
 * {@code X-Pad} header lines; any other method (ONVIF's POST): a 401 whose Digest realm is one megabyte long. RTSP:
 * a 401 with a one-megabyte realm. Each header block does end ({@link #SIZE} bytes), then the connection closes.
 */
final class HostileHugeHeader implements ConnectionHandler {

    static final long SIZE = 1024 * 1024;
    private static final byte[] PAD_NAME = "X-Pad: ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PAD = HostileStream.block('a');
    private static final byte[] REALM = HostileStream.block('R');
    private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] NONE = new byte[0];

    private final boolean rtsp;
    private final Duration deadline;

    private HostileHugeHeader(boolean rtsp, Duration deadline) {
        this.rtsp = rtsp;
        this.deadline = deadline;
    }

    static HostileHugeHeader http(Duration deadline) {
        return new HostileHugeHeader(false, deadline);
    }

    static HostileHugeHeader rtsp(Duration deadline) {
        return new HostileHugeHeader(true, deadline);
    }

    @Override
    public void serve(Connection connection) throws IOException {
        Optional<Request> request = HostileStream.readRequest(connection, deadline, rtsp);
        if (request.isEmpty()) {
            return;
        }
        if (!rtsp && (request.get().method().equals("GET") || request.get().method().equals("HEAD"))) {
            HostileStream.text(connection, "HTTP/1.1 200 OK\r\n");
            HostileStream.repeat(connection, PAD_NAME, PAD, CRLF, SIZE);
            HostileStream.text(connection, "Content-Length: 0\r\nConnection: close\r\n\r\n");
            return;
        }
        String status = rtsp ? "RTSP/1.0 401 Unauthorized\r\nCSeq: " + request.get().header("CSeq").orElse("0")
                : "HTTP/1.1 401 Unauthorized";
        HostileStream.text(connection, status + "\r\nWWW-Authenticate: Digest realm=\"");
        HostileStream.repeat(connection, NONE, REALM, NONE, SIZE);
        HostileStream.text(connection, "\", nonce=\"0\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    }
}
