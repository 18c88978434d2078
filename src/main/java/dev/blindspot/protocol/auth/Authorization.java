package dev.blindspot.protocol.auth;

/**
 * An {@code Authorization} header value ready to send.
 *
 * @param scheme      {@code Digest} or {@code Basic}: which challenge it answers
 * @param headerValue the full value, e.g. {@code Digest username="admin", ...}
 */
public record Authorization(String scheme, String headerValue) {

    @Override
    public String toString() {
        return "Authorization[" + scheme + "]"; // the value may carry a reversible Basic credential
    }
}
