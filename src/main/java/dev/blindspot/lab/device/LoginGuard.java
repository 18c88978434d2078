package dev.blindspot.lab.device;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Illegal-login lock as Hikvision firmware does it: after {@code threshold} consecutive failures from one client
 * address the device refuses every login from that address for {@code lockFor}, right password or not. State is
 * created only once a client fails, so an untouched device carries none.
 */
final class LoginGuard {

    private static final int MAX_TRACKED_CLIENTS = 4096;

    private final int threshold;
    private final Duration lockFor;
    private volatile Map<InetAddress, State> clients;

    LoginGuard(int threshold, Duration lockFor) {
        this.threshold = threshold;
        this.lockFor = lockFor;
    }

    /** How long {@code client} stays locked out, if it is. */
    Optional<Duration> lockRemaining(InetAddress client, Instant now) {
        Map<InetAddress, State> map = clients;
        State state = map == null ? null : map.get(client);
        if (state == null) {
            return Optional.empty();
        }
        synchronized (state) {
            if (state.lockedUntil == null || !now.isBefore(state.lockedUntil)) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, state.lockedUntil));
        }
    }

    /**
     * How many more failures {@code client} may make before the lock engages (the threshold when it has none);
     * 0 when lockout is off.
     */
    int remainingFailures(InetAddress client) {
        if (threshold <= 0) {
            return 0;
        }
        Map<InetAddress, State> map = clients;
        State state = map == null ? null : map.get(client);
        if (state == null) {
            return threshold;
        }
        synchronized (state) {
            return Math.max(0, threshold - state.failures);
        }
    }

    void failed(InetAddress client, Instant now) {
        if (threshold <= 0) {
            return;
        }
        State state = clients().computeIfAbsent(client, c -> new State());
        synchronized (state) {
            if (state.lockedUntil != null && !now.isBefore(state.lockedUntil)) {
                state.lockedUntil = null;
            }
            state.failures++;
            if (state.failures >= threshold) {
                state.lockedUntil = now.plus(lockFor);
                state.failures = 0;
            }
        }
    }

    void succeeded(InetAddress client) {
        Map<InetAddress, State> map = clients;
        if (map != null) {
            map.remove(client);
        }
    }

    private Map<InetAddress, State> clients() {
        Map<InetAddress, State> map = clients;
        if (map == null) {
            synchronized (this) {
                if (clients == null) {
                    clients = new ConcurrentHashMap<>();
                }
                map = clients;
            }
        }
        if (map.size() >= MAX_TRACKED_CLIENTS) {
            map.clear();
        }
        return map;
    }

    private static final class State {
        private int failures;
        private Instant lockedUntil;
    }
}
