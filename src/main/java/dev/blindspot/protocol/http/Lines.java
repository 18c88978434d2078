package dev.blindspot.protocol.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads one LF-terminated line (a CR before the LF is dropped) of at most {@code max} bytes. */
final class Lines {

    private Lines() {
    }

    /**
     * @param max  bytes allowed including the line terminator
     * @param what names the line in error messages
     * @throws EOFException          when the stream ends before the LF
     * @throws HttpProtocolException when the line is longer than {@code max}
     */
    static String readLine(InputStream in, int max, String what) throws IOException {
        byte[] buf = new byte[Math.min(max, 256)];
        int len = 0;
        for (int consumed = 0; ; ) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed inside " + what);
            }
            if (++consumed > max) {
                throw new HttpProtocolException(what + " exceeds " + max + " bytes");
            }
            if (b == '\n') {
                break;
            }
            if (len == buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.min(max, buf.length * 2));
            }
            buf[len++] = (byte) b;
        }
        if (len > 0 && buf[len - 1] == '\r') {
            len--;
        }
        return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
    }
}
