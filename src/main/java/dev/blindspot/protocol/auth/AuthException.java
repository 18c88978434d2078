package dev.blindspot.protocol.auth;

/** A challenge we cannot parse or answer (malformed, oversized, or an unsupported scheme/algorithm). */
public final class AuthException extends Exception {

    public AuthException(String message) {
        super(message);
    }
}
