package dev.blindspot.protocol.rtsp;

import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.Headers;
import dev.blindspot.inventory.RtspReply;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one RTSP response from a stream with hard limits: {@link #MAX_HEADER_BYTES} for the status line and
 * headers, {@link #MAX_HEADERS} header lines, {@link #MAX_BODY_BYTES} of body (by {@code Content-Length} only).
 * Lines may end in CRLF or a bare LF. It never waits: time limits belong to the caller.
 */
final class RtspResponseReader {

    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final int MAX_HEADERS = 64;
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final byte[] MAGIC = "RTSP/1.".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern STATUS_LINE = Pattern.compile("RTSP/1\\.\\d +(\\d{3})(?: (.*))?");

    private final InputStream in;
    private long bytesRead;

    RtspResponseReader(InputStream in) {
        this.in = in;
    }

    /** How many bytes this reader has consumed so far. */
    long bytesRead() {
        return bytesRead;
    }

    /**
     * @throws EOFException       if the stream ended before the first byte
     * @throws ProtocolViolation  for anything not RTSP, past a limit, or cut short
     * @throws IOException        for socket errors (the caller tells timeouts apart)
     */
    RtspReply read() throws IOException, ProtocolViolation {
        String statusLine = line(true);
        Matcher m = STATUS_LINE.matcher(statusLine);
        if (!m.matches()) {
            throw new ProtocolViolation("malformed status line: " + printable(statusLine));
        }
        int status = Integer.parseInt(m.group(1));
        String reason = m.group(2) == null ? "" : m.group(2).trim();
        Headers headers = Headers.of(headers());
        return new RtspReply(status, reason, headers, body(contentLength(headers)));
    }

    private List<Header> headers() throws IOException, ProtocolViolation {
        List<Header> lines = new ArrayList<>();
        while (true) {
            String line = line(false);
            if (line.isEmpty()) {
                return lines;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (lines.isEmpty()) {
                    throw new ProtocolViolation("continuation line before any header");
                }
                Header last = lines.removeLast();
                lines.add(new Header(last.name(), (last.value() + " " + line.trim()).trim()));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ProtocolViolation("malformed header line: " + printable(line));
            }
            if (lines.size() == MAX_HEADERS) {
                throw new ProtocolViolation("more than " + MAX_HEADERS + " headers");
            }
            lines.add(new Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
    }

    private static int contentLength(Headers headers) throws ProtocolViolation {
        long length = -1;
        for (String value : headers.all("Content-Length")) {
            String v = value.trim();
            if (!v.matches("\\d{1,18}")) {
                throw new ProtocolViolation("bad Content-Length: " + printable(v));
            }
            long parsed = Long.parseLong(v);
            if (length >= 0 && parsed != length) {
                throw new ProtocolViolation("conflicting Content-Length headers");
            }
            length = parsed;
        }
        if (length > MAX_BODY_BYTES) {
            throw new ProtocolViolation("Content-Length " + length + " exceeds " + MAX_BODY_BYTES + " bytes");
        }
        return (int) Math.max(length, 0);
    }

    private String body(int length) throws IOException, ProtocolViolation {
        byte[] body = in.readNBytes(length);
        bytesRead += body.length;
        if (body.length < length) {
            throw new ProtocolViolation("body truncated: got " + body.length + " of " + length + " bytes");
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** One line without its CRLF/LF; on the status line the first bytes must be {@code RTSP/1.}. */
    private String line(boolean statusLine) throws IOException, ProtocolViolation {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(128);
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (bytesRead == 0) {
                    throw new EOFException("closed before any byte");
                }
                throw new ProtocolViolation("connection closed mid-headers after " + bytesRead + " bytes");
            }
            bytesRead++;
            if (bytesRead > MAX_HEADER_BYTES) {
                throw new ProtocolViolation("status line and headers exceed " + MAX_HEADER_BYTES + " bytes");
            }
            if (b == '\n') {
                byte[] bytes = buf.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            buf.write(b);
            if (statusLine && buf.size() <= MAGIC.length && b != MAGIC[buf.size() - 1]) {
                throw new ProtocolViolation("not RTSP: starts with " + printable(withAvailable(buf)));
            }
        }
    }

    /** What was read plus up to 40 bytes already buffered (no waiting), for the error message. */
    private String withAvailable(ByteArrayOutputStream buf) throws IOException {
        int more = Math.min(in.available(), 40);
        buf.write(in.readNBytes(more));
        bytesRead += more;
        return buf.toString(StandardCharsets.ISO_8859_1);
    }

    /** At most 64 characters, with anything outside printable ASCII shown as {@code \xNN}. */
    static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < 64; i++) {
            char c = s.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c & 0xff));
        }
        return s.length() > 64 ? out + "..." : out.toString();
    }
}
