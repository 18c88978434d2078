package dev.blindspot.protocol.http;

import dev.blindspot.inventory.Headers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Reads a response body framed by Content-Length, chunked transfer coding, or connection close, keeping at most
 * {@code cap} bytes. The body is never decoded or decompressed. A peer that stops early (close, reset, deadline)
 * leaves a truncated body rather than an error; malformed framing is an {@link HttpProtocolException}.
 */
final class BodyReader {

    /** The bytes kept and whether they are known or likely to be a prefix of the full body. */
    record Body(byte[] bytes, boolean truncated) {}

    private static final int MAX_CHUNK_LINE = 1024;

    private final InputStream in;
    private final HeadReader head;
    private final int cap;
    private final ByteArrayOutputStream out;

    private BodyReader(InputStream in, HeadReader head, int cap) {
        this.in = in;
        this.head = head;
        this.cap = cap;
        this.out = new ByteArrayOutputStream(Math.min(cap, 8192));
    }

    static Body read(InputStream in, HeadReader head, String method, int status, Headers headers, int cap)
            throws IOException {
        if (method.equals("HEAD") || status < 200 || status == 204 || status == 304) {
            return new Body(new byte[0], false);
        }
        BodyReader reader = new BodyReader(in, head, cap);
        List<String> codings = headers.all("Transfer-Encoding");
        if (!codings.isEmpty()) {
            String joined = String.join(",", codings).toLowerCase(Locale.ROOT);
            String last = joined.substring(joined.lastIndexOf(',') + 1).strip();
            return last.equals("chunked") ? reader.chunked() : reader.untilClose();
        }
        long length = contentLength(headers);
        return length >= 0 ? reader.fixed(length) : reader.untilClose();
    }

    /** -1 when absent; all values (also comma lists) must agree. */
    static long contentLength(Headers headers) throws HttpProtocolException {
        long length = -1;
        for (String value : headers.all("Content-Length")) {
            for (String part : value.split(",", -1)) {
                String digits = part.strip();
                if (!digits.matches("\\d{1,18}") || (length >= 0 && Long.parseLong(digits) != length)) {
                    throw new HttpProtocolException("invalid Content-Length");
                }
                length = Long.parseLong(digits);
            }
        }
        return length;
    }

    private Body fixed(long length) {
        long want = Math.min(length, cap);
        return result(copy(want) != Copy.COMPLETE || want < length);
    }

    /** A close ends the body normally; a failure (reset, deadline) or reaching the cap leaves it truncated. */
    private Body untilClose() {
        return result(copy(cap) != Copy.ENDED);
    }

    private Body chunked() throws IOException {
        try {
            while (out.size() < cap) {
                long size = chunkSize(Lines.readLine(in, MAX_CHUNK_LINE, "chunk size line"));
                if (size == 0) {
                    head.readHeaders();
                    return result(false);
                }
                long take = Math.min(size, cap - out.size());
                if (copy(take) != Copy.COMPLETE || take < size) {
                    return result(true);
                }
                if (!Lines.readLine(in, 2, "chunk terminator").isEmpty()) {
                    throw new HttpProtocolException("chunk data not followed by CRLF");
                }
            }
        } catch (HttpProtocolException e) {
            throw e;
        } catch (IOException e) {
            return result(true);
        }
        return result(true);
    }

    static long chunkSize(String line) throws HttpProtocolException {
        int semi = line.indexOf(';');
        String hex = (semi >= 0 ? line.substring(0, semi) : line).strip().replaceFirst("^0+(?=.)", "");
        if (!hex.matches("[0-9A-Fa-f]{1,15}")) {
            throw new HttpProtocolException("bad chunk size");
        }
        return Long.parseLong(hex, 16);
    }

    private enum Copy { COMPLETE, ENDED, FAILED }

    /** Copies up to {@code n} bytes: COMPLETE when all came, ENDED at end of stream, FAILED on an I/O error. */
    private Copy copy(long n) {
        byte[] buf = new byte[8192];
        long left = n;
        try {
            while (left > 0) {
                int got = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (got < 0) {
                    return Copy.ENDED;
                }
                out.write(buf, 0, got);
                left -= got;
            }
            return Copy.COMPLETE;
        } catch (IOException e) {
            return Copy.FAILED;
        }
    }

    private Body result(boolean truncated) {
        return new Body(out.toByteArray(), truncated);
    }
}
