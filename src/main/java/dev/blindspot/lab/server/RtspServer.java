package dev.blindspot.lab.server;

import dev.blindspot.lab.media.H264Clip;
import dev.blindspot.lab.media.RtpOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A minimal RTSP/1.0 server: reads requests (skipping interleaved {@code $} frames a client sends after PLAY, such as
 * RTCP receiver reports) and writes the handler's responses until the client leaves, the deadline passes or
 * {@code maxRequests} is hit. SETUP/PLAY/PAUSE/TEARDOWN drive {@link RtspMedia}, which streams the lab clip; while
 * a stream plays the client has a session timeout ({@link #PLAYING_DEADLINE}) instead of the read deadline to send
 * its next request (keep-alive).
 */
public final class RtspServer implements ConnectionHandler {

    /** A camera's usual 60 s session timeout plus slack for the client's keep-alive. */
    static final Duration PLAYING_DEADLINE = Duration.ofSeconds(65);
    private static final int MAX_INTERLEAVED_FRAMES = 64;
    private static final int MAX_INTERLEAVED_FRAMES_PLAYING = 16_384;

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
        Object writeLock = new Object();
        RtpOutput.FrameWriter out = bytes -> {
            synchronized (writeLock) {
                connection.write(bytes);
            }
        };
        try (RtspMedia media = new RtspMedia(connection.socket().getLocalAddress(), connection.peer(), out,
                H264Clip.bundled())) {
            for (int i = 0; i < maxRequests; i++) {
                boolean playing = media.playing();
                connection.input().deadlineIn(playing && PLAYING_DEADLINE.compareTo(readDeadline) > 0
                        ? PLAYING_DEADLINE : readDeadline);
                skipInterleaved(connection.input(), playing ? MAX_INTERLEAVED_FRAMES_PLAYING : MAX_INTERLEAVED_FRAMES);
                Optional<Request> next;
                try {
                    next = reader.read(connection.input(), Optional.empty());
                } catch (LimitExceededException e) {
                    out.write("RTSP/1.0 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                Request request = next.get();
                Response response = media.beforeWrite(request, handler.handle(request, session));
                out.write(response.toBytes(true));
                media.afterWrite(request, response);
                if (response.closes()) {
                    return;
                }
            }
        }
    }

    private static void skipInterleaved(BoundedInput in, int maxFrames) throws IOException {
        for (int frames = 0; in.peek() == '$'; frames++) {
            if (frames == maxFrames) {
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
