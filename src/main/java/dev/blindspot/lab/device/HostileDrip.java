package dev.blindspot.lab.device;

import dev.blindspot.lab.server.Connection;
import dev.blindspot.lab.server.ConnectionHandler;
import dev.blindspot.lab.server.LimitExceededException;
import dev.blindspot.lab.server.RequestReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Slowloris, server side: after the client's request (or at once, for protocols where the server speaks first) it
 * answers one byte every {@link #INTERVAL}, at most {@link #MAX_BYTES} bytes of an answer that never completes, then
 * falls silent and holds the connection until the read deadline. Its own cost is bounded: one virtual thread that
 * mostly sleeps, no buffer.
 */
final class HostileDrip implements ConnectionHandler {

    static final int MAX_BYTES = 256;
    static final Duration INTERVAL = Duration.ofMillis(100);
    private static final int MAX_DISCARD = 64 * 1024;

    private final byte[] script;
    private final Optional<RequestReader> request;
    private final Duration deadline;

    /**
     * @param script  the answer dripped (cut at {@link #MAX_BYTES}; it should not complete within that)
     * @param request how to read the client's request first; empty when the server speaks first (FTP)
     */
    HostileDrip(String script, Optional<RequestReader> request, Duration deadline) {
        this.script = script.getBytes(StandardCharsets.ISO_8859_1);
        this.request = request;
        this.deadline = deadline;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        connection.input().deadlineIn(deadline);
        if (request.isPresent()) {
            try {
                if (request.get().read(connection.input(), Optional.empty()).isEmpty()) {
                    return;
                }
            } catch (LimitExceededException e) {
                // not a request it understands: drip anyway
            }
        }
        try {
            for (int i = 0; i < Math.min(MAX_BYTES, script.length); i++) {
                connection.write(new byte[] {script[i]});
                Thread.sleep(INTERVAL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        connection.input().deadlineIn(deadline);
        for (int i = 0; i < MAX_DISCARD && connection.input().read() >= 0; i++) {
            // silent: hold the connection until the client leaves or the deadline passes
        }
    }
}
