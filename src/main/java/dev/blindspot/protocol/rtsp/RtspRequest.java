package dev.blindspot.protocol.rtsp;

import dev.blindspot.inventory.Header;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An RTSP/1.0 request without body. {@code CSeq} and {@code User-Agent} are added when it is sent.
 *
 * @param method  e.g. {@code OPTIONS}, {@code DESCRIBE}
 * @param uri     the absolute request URI (see {@link RtspUri})
 * @param headers further header lines, in order
 */
public record RtspRequest(String method, String uri, List<Header> headers) {

    public RtspRequest {
        if (!method.matches("[A-Z_]{1,32}")) {
            throw new IllegalArgumentException("bad RTSP method: " + method);
        }
        requirePrintable(uri, false, "uri");
        headers = List.copyOf(headers);
        for (Header h : headers) {
            if (!h.name().matches("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}")) {
                throw new IllegalArgumentException("bad header name: " + h.name());
            }
            requirePrintable(h.value(), true, h.name());
        }
    }

    public static RtspRequest options(String uri) {
        return new RtspRequest("OPTIONS", uri, List.of());
    }

    public static RtspRequest describe(String uri) {
        return new RtspRequest("DESCRIBE", uri, List.of(new Header("Accept", "application/sdp")));
    }

    /** A copy with one more header line. */
    public RtspRequest withHeader(String name, String value) {
        List<Header> more = new ArrayList<>(headers);
        more.add(new Header(name, value));
        return new RtspRequest(method, uri, more);
    }

    public boolean hasHeader(String name) {
        return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase(name));
    }

    /** The bytes on the wire, CRLF line ends. */
    byte[] encode(int cseq) {
        StringBuilder b = new StringBuilder();
        b.append(method).append(' ').append(uri).append(" RTSP/1.0\r\n");
        b.append("CSeq: ").append(cseq).append("\r\n");
        b.append("User-Agent: ").append(RtspClient.USER_AGENT).append("\r\n");
        for (Header h : headers) {
            b.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        return b.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Printable ASCII only, so nothing can split the request; spaces only inside header values. */
    private static void requirePrintable(String value, boolean spacesAllowed, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c > 0x20 && c < 0x7f) || (spacesAllowed && (c == ' ' || c == '\t'));
            if (!ok) {
                throw new IllegalArgumentException("unsafe character in " + what + " at index " + i);
            }
        }
        if (!spacesAllowed && value.isEmpty()) {
            throw new IllegalArgumentException("empty " + what);
        }
    }
}
