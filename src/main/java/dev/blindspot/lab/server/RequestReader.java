package dev.blindspot.lab.server;

import dev.blindspot.inventory.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one request (request line, headers, body by Content-Length or, for HTTP, chunked) within fixed limits.
 *
 * @param chunked whether Transfer-Encoding: chunked is understood (HTTP) or refused (RTSP)
 */
public record RequestReader(int maxLine, int maxHeaders, int maxBody, boolean chunked) {

    private static final int MAX_BLANK_LINES = 4;

    public static RequestReader http() {
        return new RequestReader(8192, 64, 64 * 1024, true);
    }

    public static RequestReader rtsp() {
        return new RequestReader(4096, 64, 16 * 1024, false);
    }

    /**
     * The next request, or empty when the peer closed the connection before sending one.
     *
     * @param continueTo where to write {@code 100 Continue} when the client expects it (HTTP only)
     */
    public Optional<Request> read(BoundedInput in, Optional<OutputStream> continueTo) throws IOException {
        String line = in.readLine(maxLine);
        for (int blanks = 0; line != null && line.isEmpty(); blanks++) {
            if (blanks == MAX_BLANK_LINES) {
                throw new LimitExceededException("too many blank lines before the request");
            }
            line = in.readLine(maxLine);
        }
        if (line == null) {
            return Optional.empty();
        }
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].contains("/")) {
            throw new LimitExceededException("malformed request line");
        }
        List<Header> headers = readHeaders(in);
        byte[] body = readBody(in, headers, continueTo);
        return Optional.of(Request.of(parts[0], parts[1], parts[2], headers, body));
    }

    private List<Header> readHeaders(BoundedInput in) throws IOException {
        List<Header> headers = new ArrayList<>();
        while (true) {
            String line = in.readLine(maxLine);
            if (line == null) {
                throw new IOException("stream ended inside the header block");
            }
            if (line.isEmpty()) {
                return headers;
            }
            if (headers.size() == maxHeaders) {
                throw new LimitExceededException("more than " + maxHeaders + " header lines");
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                throw new LimitExceededException("malformed header line");
            }
            headers.add(new Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
    }

    private byte[] readBody(BoundedInput in, List<Header> headers, Optional<OutputStream> continueTo)
            throws IOException {
        Optional<String> encoding = first(headers, "Transfer-Encoding");
        Optional<String> length = first(headers, "Content-Length");
        if (encoding.isPresent()) {
            if (!chunked || !encoding.get().toLowerCase(Locale.ROOT).contains("chunked")) {
                throw new LimitExceededException("unsupported transfer encoding");
            }
            sendContinue(headers, continueTo);
            return readChunked(in);
        }
        if (length.isEmpty()) {
            return new byte[0];
        }
        long declared;
        try {
            declared = Long.parseLong(length.get());
        } catch (NumberFormatException e) {
            throw new LimitExceededException("bad Content-Length");
        }
        if (declared < 0 || declared > maxBody) {
            throw new LimitExceededException("body of " + declared + " bytes exceeds " + maxBody);
        }
        sendContinue(headers, continueTo);
        return in.readExactly((int) declared);
    }

    private byte[] readChunked(BoundedInput in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = in.readLine(64);
            if (sizeLine == null) {
                throw new IOException("stream ended inside a chunked body");
            }
            int semicolon = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new LimitExceededException("bad chunk size");
            }
            if (size < 0 || body.size() + (long) size > maxBody) {
                throw new LimitExceededException("chunked body exceeds " + maxBody);
            }
            if (size == 0) {
                readHeaders(in); // trailers
                return body.toByteArray();
            }
            body.write(in.readExactly(size));
            if (!in.readLine(2).isEmpty()) {
                throw new LimitExceededException("chunk not followed by CRLF");
            }
        }
    }

    private static void sendContinue(List<Header> headers, Optional<OutputStream> continueTo) throws IOException {
        boolean expects = first(headers, "Expect").map(v -> v.equalsIgnoreCase("100-continue")).orElse(false);
        if (expects && continueTo.isPresent()) {
            continueTo.get().write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            continueTo.get().flush();
        }
    }

    private static Optional<String> first(List<Header> headers, String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }
}
