package dev.blindspot.protocol.auth;

import dev.blindspot.inventory.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Builds {@code Authorization: Basic ...} values (RFC 7617, UTF-8). */
public final class BasicAuthenticator {

    private BasicAuthenticator() {
    }

    /** @throws AuthException when the username contains a colon (Basic cannot carry it) or a control character */
    public static String authorization(String username, Secret password) throws AuthException {
        if (username.indexOf(':') >= 0) {
            throw new AuthException("a Basic username cannot contain ':'");
        }
        if ((username + password.reveal()).chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new AuthException("a Basic credential cannot contain control characters");
        }
        String pair = username + ":" + password.reveal();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
