package dev.blindspot.lab.server;

import dev.blindspot.inventory.Header;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A response written byte for byte: the exact status line, header names, case and order as given, then the body.
 * Build it with {@link #builder(String)}; {@link Builder#contentLength()} marks where Content-Length goes.
 */
public record Response(String statusLine, List<Header> headers, byte[] body) {

    public Response {
        headers = List.copyOf(headers);
        body = body.clone();
    }

    public static Builder builder(String statusLine) {
        return new Builder(statusLine);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** True when a header says {@code Connection: close} (the server closes after writing). */
    public boolean closes() {
        return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase("Connection")
                && h.value().equalsIgnoreCase("close"));
    }

    /** The first header of that name (case-insensitive), if any. */
    public java.util.Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    /** The same response with the value of the first {@code name} header replaced (order and case kept). */
    public Response withHeader(String name, String value) {
        List<Header> out = new ArrayList<>(headers.size());
        boolean done = false;
        for (Header h : headers) {
            if (!done && h.name().equalsIgnoreCase(name)) {
                out.add(new Header(h.name(), value));
                done = true;
            } else {
                out.add(h);
            }
        }
        return new Response(statusLine, out, body);
    }

    /** The same response with another body; a Content-Length header, if present, is updated. */
    public Response withBody(byte[] newBody) {
        Response replaced = new Response(statusLine, headers, newBody);
        return header("Content-Length").isPresent()
                ? replaced.withHeader("Content-Length", Integer.toString(newBody.length)) : replaced;
    }

    /** The bytes on the wire; without the body for answers to HEAD. */
    public byte[] toBytes(boolean includeBody) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + body.length);
        StringBuilder head = new StringBuilder(statusLine).append("\r\n");
        for (Header h : headers) {
            if (h.value().equals(Builder.RAW_MARK)) {
                head.append(h.name()).append("\r\n");
            } else {
                head.append(h.name()).append(": ").append(h.value()).append("\r\n");
            }
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (includeBody) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** Collects headers in order; the Content-Length value is filled in from the body at {@link #body}. */
    public static final class Builder {
        private static final String LENGTH_MARK = "\u0000length";
        private static final String RAW_MARK = "\u0000raw";
        private final String statusLine;
        private final List<Header> headers = new ArrayList<>();

        private Builder(String statusLine) {
            this.statusLine = statusLine;
        }

        public Builder header(String name, String value) {
            headers.add(new Header(name, value));
            return this;
        }

        /**
         * A header line written exactly as given, for firmware that breaks the {@code Name: value} form (Dahua
         * sends {@code Set-Cookie:secure; HttpOnly}); in {@link Response#headers()} its name is the whole line.
         */
        public Builder rawLine(String line) {
            return header(line, RAW_MARK);
        }

        /** Puts {@code Content-Length} here; its value is the body's length. */
        public Builder contentLength() {
            return contentLength("Content-Length");
        }

        /** The same, for firmware that spells the header name its own way (e.g. {@code CONTENT-LENGTH}). */
        public Builder contentLength(String headerName) {
            return header(headerName, LENGTH_MARK);
        }

        public Response body(byte[] body) {
            List<Header> done = headers.stream()
                    .map(h -> h.value().equals(LENGTH_MARK) ? new Header(h.name(), Integer.toString(body.length)) : h)
                    .toList();
            return new Response(statusLine, done, body);
        }

        public Response body(String body) {
            return body(body.getBytes(StandardCharsets.UTF_8));
        }

        public Response noBody() {
            return body(new byte[0]);
        }
    }
}
