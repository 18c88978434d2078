package dev.blindspot.lab.device;

import dev.blindspot.lab.server.Connection;
import dev.blindspot.lab.server.ConnectionHandler;
import dev.blindspot.lab.server.LimitExceededException;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.RequestReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An RTSP port that answers with garbage: each request gets the next of {@link #VARIANTS} answers, starting at one
 * chosen by the device address (so a few devices cover them all). None is a 200 with a media description, so
 * nothing here looks like an open stream. Binary noise and the no-status-line answer close the connection.
 */
final class HostileRtspGarbage implements ConnectionHandler {

    /** The answers, {@code %s} standing for the request's CSeq. */
    static final List<String> VARIANTS = List.of(
            "noise",
            "RTSP/1.0 200 OK\r\nCSeq: %s\r\nContent-Length: -5\r\n\r\n",
            "RTSP/1.0 99999999999 OK\r\nCSeq: %s\r\n\r\n",
            "frames",
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
            "RTSP/1.0 200 OK\r\nCSeq %s\r\nthis is not a header\r\n\u0000\u0001\u0002\r\n\r\n",
            "RTSP/1.0\u0000200\u0000OK\r\nCSeq: %s\r\n\r\n",
            "RTSP/1.0 200 OK\r\nCSeq: %s\r\nContent-Type: application/sdp\r\n"
                    + "Content-Length: 99999999999999999999\r\n\r\nv=0\r\n",
            "RTSP/1.0 200 OK\r\nCSeq: %s\r\nContent-Type: application/sdp\r\nContent-Length: 4096\r\n\r\nv=0\r\n"
                    + "s=short\r\n",
            "RTSP/1.0 200 OK\r\nCSeq: 424242\r\nContent-Length: 0\r\n\r\n",
            "RTSP/1.0 401 Unauthorized\r\nCSeq: %s\r\nWWW-Authenticate: Digest realm=\"\u0000\u001b[31m, nonce=\r\n"
                    + "WWW-Authenticate: Basic\r\n\r\n",
            "\r\n\r\n\r\n");
    private static final int NOISE_BYTES = 1024;
    private static final int STRAY_FRAMES = 64;
    private static final int MAX_REQUESTS = 16;

    private final int first;
    private final Duration deadline;

    HostileRtspGarbage(int addressLowByte, Duration deadline) {
        this.first = Math.floorMod(addressLowByte, VARIANTS.size());
        this.deadline = deadline;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        for (int i = 0; i < MAX_REQUESTS; i++) {
            connection.input().deadlineIn(deadline);
            Optional<Request> request;
            try {
                request = RequestReader.rtsp().read(connection.input(), Optional.empty());
            } catch (LimitExceededException e) {
                request = Optional.empty();
            }
            if (request.isEmpty()) {
                return;
            }
            String variant = VARIANTS.get((first + i) % VARIANTS.size());
            String cseq = request.get().header("CSeq").orElse("0");
            switch (variant) {
                case "noise" -> {
                    connection.write(noise());
                    return;
                }
                case "frames" -> {
                    connection.write(frames());
                    HostileStream.text(connection, "RTSP/1.0 404 Not Found\r\nCSeq: " + cseq + "\r\n\r\n");
                }
                case "\r\n\r\n\r\n" -> {
                    HostileStream.text(connection, variant);
                    return;
                }
                default -> HostileStream.text(connection, variant.replace("%s", cseq));
            }
        }
    }

    /** Random bytes without a line break (so no line reader finds a status line in them). */
    private static byte[] noise() {
        byte[] noise = new byte[NOISE_BYTES];
        ThreadLocalRandom.current().nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (noise[i] == '\n' || noise[i] == '\r') {
                noise[i] = (byte) 0xfe;
            }
        }
        return noise;
    }

    /** Interleaved RTP frames ({@code $}, channel, length) nobody asked for. */
    private static byte[] frames() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(STRAY_FRAMES * 20);
        byte[] payload = new byte[16];
        for (int i = 0; i < STRAY_FRAMES; i++) {
            ThreadLocalRandom.current().nextBytes(payload);
            out.write('$');
            out.write(i % 4);
            out.write(0);
            out.write(payload.length);
            out.writeBytes(payload);
        }
        return out.toByteArray();
    }
}
