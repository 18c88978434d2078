package dev.blindspot.lab;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a lab runs.
 *
 * @param firstAddress           the first device address (IPv4 literal inside 127.0.0.0/8); later devices follow
 *                               in order, skipping {@code .0} and {@code .255}
 * @param clock                  time for Date headers, nonces, ONVIF time and lockout expiry
 * @param readDeadline           total time a peer has to send one request (or a login line) before the server hangs up
 * @param unprivilegedPortsOnly  bind {@code offset + port} for every port below 1024 instead of trying the real one
 *                               first (the real port is always tried first otherwise, and the offset used only when
 *                               the bind is refused for lack of privilege)
 * @param unprivilegedPortOffset what is added to a port below 1024 when it cannot (or must not) be bound
 * @param maxConnections         open connections the whole lab accepts at once; more are closed on accept
 */
public record LabOptions(String firstAddress, Clock clock, Duration readDeadline, boolean unprivilegedPortsOnly,
                         int unprivilegedPortOffset, int maxConnections) {

    public static final String DEFAULT_FIRST_ADDRESS = "127.20.0.1";

    public LabOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(readDeadline, "readDeadline");
        AddressPlan.parseLoopback(firstAddress);
        if (readDeadline.isNegative() || readDeadline.isZero()) {
            throw new IllegalArgumentException("readDeadline must be positive");
        }
        if (unprivilegedPortOffset < 1024 || unprivilegedPortOffset + 1023 > 65535) {
            throw new IllegalArgumentException("unprivilegedPortOffset must keep ports within 1024..65535");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be >= 1");
        }
    }

    public static LabOptions defaults() {
        return new LabOptions(DEFAULT_FIRST_ADDRESS, Clock.systemUTC(), Duration.ofSeconds(10), false, 20000, 4096);
    }

    public LabOptions withFirstAddress(String address) {
        return new LabOptions(address, clock, readDeadline, unprivilegedPortsOnly, unprivilegedPortOffset,
                maxConnections);
    }

    public LabOptions withClock(Clock newClock) {
        return new LabOptions(firstAddress, newClock, readDeadline, unprivilegedPortsOnly, unprivilegedPortOffset,
                maxConnections);
    }

    public LabOptions withReadDeadline(Duration deadline) {
        return new LabOptions(firstAddress, clock, deadline, unprivilegedPortsOnly, unprivilegedPortOffset,
                maxConnections);
    }

    public LabOptions withUnprivilegedPortsOnly(boolean only) {
        return new LabOptions(firstAddress, clock, readDeadline, only, unprivilegedPortOffset, maxConnections);
    }

    public LabOptions withMaxConnections(int max) {
        return new LabOptions(firstAddress, clock, readDeadline, unprivilegedPortsOnly, unprivilegedPortOffset, max);
    }
}
