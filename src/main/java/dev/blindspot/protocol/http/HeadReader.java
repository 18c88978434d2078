package dev.blindspot.protocol.http;

import dev.blindspot.inventory.Header;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a status line and header block within one shared byte and line budget (trailers of a chunked body
 * draw on the same budget). Header lines without a colon are skipped; obs-fold continuation lines are
 * appended to the previous value with one space.
 */
final class HeadReader {

    private static final Pattern STATUS = Pattern.compile("(\\d{1,3}\\.\\d{1,3})[ \\t]+(\\d{3})(?:[ \\t]+(.*))?[ \\t]*");
    private static final byte[] PREFIX = {'H', 'T', 'T', 'P', '/'};
    private static final int MAX_LEADING_BLANKS = 4;

    private final InputStream in;
    private final int maxBytes;
    private final int maxLines;
    private int bytesLeft;
    private int linesLeft;

    HeadReader(InputStream in, HttpLimits limits) {
        this.in = in;
        this.maxBytes = limits.maxHeaderBytes();
        this.maxLines = limits.maxHeaderLines();
        this.bytesLeft = maxBytes;
        this.linesLeft = maxLines;
    }

    /** Fails as soon as the first bytes are not {@code HTTP/}, so binary peers are rejected without waiting. */
    StatusLine readStatusLine() throws IOException {
        int b = in.read();
        for (int blanks = 0; (b == '\r' || b == '\n') && blanks < MAX_LEADING_BLANKS * 2; blanks++) {
            spend(1);
            b = in.read();
        }
        for (byte expected : PREFIX) {
            if (b < 0) {
                throw new EOFException("connection closed inside the status line");
            }
            if (Character.toUpperCase(b) != expected) {
                throw new HttpProtocolException("not an HTTP response (first bytes are not HTTP/)");
            }
            spend(1);
            b = in.read();
        }
        if (b < 0) {
            throw new EOFException("connection closed inside the status line");
        }
        String rest = (char) b + line("status line");
        Matcher m = STATUS.matcher(rest);
        if (!m.matches()) {
            throw new HttpProtocolException("malformed status line");
        }
        int code = Integer.parseInt(m.group(2));
        if (code < 100) {
            throw new HttpProtocolException("status code out of range: " + code);
        }
        return new StatusLine(code, m.group(3) == null ? "" : m.group(3).strip());
    }

    /** Reads header lines up to the empty line. */
    List<Header> readHeaders() throws IOException {
        List<Header> out = new ArrayList<>();
        for (String line = line("header block"); !line.isEmpty(); line = line("header block")) {
            if (--linesLeft < 0) {
                throw new HttpProtocolException("more than " + maxLines + " header lines");
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (!out.isEmpty()) {
                    Header last = out.removeLast();
                    out.add(new Header(last.name(), (last.value() + " " + line.strip()).strip()));
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.add(new Header(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
            }
        }
        return out;
    }

    private String line(String what) throws IOException {
        if (bytesLeft <= 0) {
            throw new HttpProtocolException("response head exceeds " + maxBytes + " bytes");
        }
        String line;
        try {
            line = Lines.readLine(in, bytesLeft, what);
        } catch (HttpProtocolException e) {
            throw new HttpProtocolException("response head exceeds " + maxBytes + " bytes");
        }
        spend(line.length() + 1);
        return line;
    }

    private void spend(int n) throws HttpProtocolException {
        bytesLeft -= n;
        if (bytesLeft < 0) {
            throw new HttpProtocolException("response head exceeds " + maxBytes + " bytes");
        }
    }
}
