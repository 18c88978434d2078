package dev.blindspot.lab.server;

import java.io.IOException;

/** A peer sent more than a server accepts (line, header block or body too long), or malformed framing. */
public final class LimitExceededException extends IOException {

    public LimitExceededException(String message) {
        super(message);
    }
}
