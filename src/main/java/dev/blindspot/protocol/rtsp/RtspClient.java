package dev.blindspot.protocol.rtsp;

import dev.blindspot.inventory.RtspReply;
import dev.blindspot.scan.ProbeOutcome;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A blocking RTSP/1.0 client. Each connect is bounded by {@code connectTimeout}; each request/response exchange
 * by a total {@code deadline}, enforced by closing the socket from {@code watchdog} (so a peer trickling bytes
 * cannot hold us). Responses are bounded: 16 KB of status line and headers, 64 headers, 64 KB of body.
 * Holds no sockets itself; {@link #open} makes a session that does.
 */
public final class RtspClient {

    /** Sent as {@code User-Agent} on every request. */
    public static final String USER_AGENT = "Blindspot";

    private final ScheduledExecutorService watchdog;
    private final Duration connectTimeout;
    private final Duration deadline;

    public RtspClient(ScheduledExecutorService watchdog, Duration connectTimeout, Duration deadline) {
        this.watchdog = Objects.requireNonNull(watchdog, "watchdog");
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        this.deadline = positive(deadline, "deadline");
    }

    /** A session to {@code address:port}; no I/O happens until its first request. */
    public RtspSession open(InetAddress address, int port) {
        return new RtspSession(address, port, watchdog, connectTimeout, deadline);
    }

    /** One request on a connection of its own. */
    public ProbeOutcome<RtspReply> exchange(InetAddress address, int port, RtspRequest request) {
        try (RtspSession session = open(address, port)) {
            return session.send(request);
        }
    }

    private static Duration positive(Duration d, String name) {
        if (d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be positive and below 24 days: " + d);
        }
        return d;
    }
}
