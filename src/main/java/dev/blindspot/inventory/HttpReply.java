package dev.blindspot.inventory;

import java.util.Optional;

/**
 * An HTTP response as far as Blindspot read it (bounded).
 *
 * @param body      the first bytes of the body, decoded as ISO-8859-1 or UTF-8, never more than the probe's limit
 * @param tlsSubject subject DN of the server certificate when the exchange was over TLS
 */
public record HttpReply(int status, String reason, Headers headers, String body, Optional<String> title,
                        Optional<String> tlsSubject, Optional<String> tlsIssuer) {

    public Optional<String> server() {
        return headers.first("Server");
    }
}
