package dev.blindspot.credential;

/** What one authenticated read-only GET answered: the status and the (bounded) body. */
public record AuthenticatedReply(int status, byte[] body) {

    public AuthenticatedReply {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
