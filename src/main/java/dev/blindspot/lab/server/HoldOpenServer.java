package dev.blindspot.lab.server;

import java.io.IOException;
import java.time.Duration;

/**
 * Accepts TCP and says nothing (a vendor's binary SDK port the lab does not speak): reads and discards a bounded
 * amount until the peer leaves or the deadline passes.
 */
public final class HoldOpenServer implements ConnectionHandler {

    private static final int MAX_DISCARD = 64 * 1024;

    private final Duration deadline;

    public HoldOpenServer(Duration deadline) {
        this.deadline = deadline;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        connection.input().deadlineIn(deadline);
        for (int i = 0; i < MAX_DISCARD; i++) {
            if (connection.input().read() < 0) {
                return;
            }
        }
    }
}
