package dev.blindspot.protocol.rtsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Sample replies from {@code src/test/resources/rtsp} (see SOURCES.md there), with CRLF line ends. */
final class Samples {

    private Samples() {
    }

    /** The sample's bytes, every bare LF turned into CRLF as a device sends it. */
    static byte[] reply(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/rtsp/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return text.replaceAll("(?<!\r)\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with its Content-Length set to the body actually present (for upstream-truncated samples). */
    static byte[] replyWithTrueLength(String name) {
        String text = new String(reply(name), StandardCharsets.ISO_8859_1);
        int split = text.indexOf("\r\n\r\n") + 4;
        int bodyLength = text.length() - split;
        String head = text.substring(0, split).replaceAll("(?im)^Content-Length:.*$", "Content-Length: " + bodyLength);
        return (head + text.substring(split)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A short reply written in the test itself (no sample of it exists), e.g. a plain 404. */
    static byte[] status(int code, String reason, String... headerLines) {
        StringBuilder b = new StringBuilder("RTSP/1.0 ").append(code).append(' ').append(reason).append("\r\n");
        for (String line : headerLines) {
            b.append(line).append("\r\n");
        }
        return b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
