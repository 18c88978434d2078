package dev.blindspot.protocol.http;

import java.io.IOException;

/** The peer's bytes are not acceptable HTTP or exceed a limit. Becomes a {@code ProtocolError}. */
final class HttpProtocolException extends IOException {

    HttpProtocolException(String detail) {
        super(detail);
    }
}
