package dev.blindspot.protocol.http;

import dev.blindspot.inventory.Header;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Serialises a request: fixed client headers first, then the caller's, then the body. */
final class RequestWriter {

    static final String USER_AGENT = "Blindspot";

    private RequestWriter() {
    }

    static byte[] bytes(HttpRequestSpec spec) {
        StringBuilder head = new StringBuilder(256)
                .append(spec.method()).append(' ').append(spec.path()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(spec.host()).append("\r\n")
                .append("User-Agent: ").append(USER_AGENT).append("\r\n")
                .append("Accept-Encoding: identity\r\n")
                .append("Connection: close\r\n");
        for (Header h : spec.headers()) {
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        spec.body().ifPresent(b -> head.append("Content-Length: ").append(b.length).append("\r\n"));
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        spec.body().ifPresent(out::writeBytes);
        return out.toByteArray();
    }
}
