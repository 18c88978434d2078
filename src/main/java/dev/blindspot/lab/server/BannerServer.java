package dev.blindspot.lab.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends a fixed greeting (an SSH identification string, say) on connect, then reads and discards a bounded amount
 * until the peer leaves or the deadline passes; nothing is ever answered after the greeting.
 */
public final class BannerServer implements ConnectionHandler {

    private static final int MAX_DISCARD = 64 * 1024;

    private final byte[] greeting;
    private final Duration deadline;

    public BannerServer(String greeting, Duration deadline) {
        this.greeting = greeting.getBytes(StandardCharsets.ISO_8859_1);
        this.deadline = deadline;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        connection.input().deadlineIn(deadline);
        connection.write(greeting);
        for (int i = 0; i < MAX_DISCARD; i++) {
            if (connection.input().read() < 0) {
                return;
            }
        }
    }
}
