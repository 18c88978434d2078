package dev.blindspot.protocol.http;

import dev.blindspot.inventory.HttpReply;

/**
 * A parsed reply together with the raw (never decompressed) body bytes, for callers that parse the body
 * themselves (e.g. XML).
 *
 * @param body      the body bytes read, at most the limit's body cap
 * @param truncated true when reading stopped at the cap, at the deadline, or when the peer closed before the
 *                  announced length; the body is then a prefix of what the device meant to send
 */
public record RawHttpResponse(HttpReply reply, byte[] body, boolean truncated) {

    public RawHttpResponse {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
