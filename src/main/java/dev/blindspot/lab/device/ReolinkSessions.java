package dev.blindspot.lab.device;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The API tokens a Reolink device has handed out: 15 lower-case hex digits, valid for the lease time, at most
 * {@value #MAX_SESSIONS} at once (then Login answers "max session"). Created on the first login.
 */
final class ReolinkSessions {

    static final int MAX_SESSIONS = 8;

    private Map<String, Instant> tokens;

    /** A new token, or empty when every session slot is taken by an unexpired token. */
    synchronized Optional<String> open(Instant now, Duration lease) {
        if (tokens == null) {
            tokens = new HashMap<>();
        }
        tokens.values().removeIf(expiry -> !now.isBefore(expiry));
        if (tokens.size() >= MAX_SESSIONS) {
            return Optional.empty();
        }
        String token = Nonces.hex(15);
        tokens.put(token, now.plus(lease));
        return Optional.of(token);
    }

    synchronized boolean valid(Optional<String> token, Instant now) {
        if (tokens == null || token.isEmpty()) {
            return false;
        }
        Instant expiry = tokens.get(token.get());
        return expiry != null && now.isBefore(expiry);
    }

    synchronized void close(Optional<String> token) {
        if (tokens != null) {
            token.ifPresent(tokens::remove);
        }
    }
}
