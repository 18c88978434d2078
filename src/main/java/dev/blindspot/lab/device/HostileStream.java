package dev.blindspot.lab.device;

import dev.blindspot.lab.server.Connection;
import dev.blindspot.lab.server.LimitExceededException;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.RequestReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Writes a never-ending (or huge) answer lazily from one shared block, never buffering it: the hostile devices'
 * endless bodies and giant header blocks. Stops at {@link #MAX_BYTES} or {@link #MAX_TIME}, or when the client
 * leaves (the write fails).
 */
final class HostileStream {

    static final long MAX_BYTES = 256L * 1024 * 1024;
    static final Duration MAX_TIME = Duration.ofSeconds(30);
    static final int BLOCK = 8 * 1024;

    private HostileStream() {}

    /** {@code BLOCK} copies of one byte, shared (never written to). */
    /**
     * Reads the one request a hostile server answers, within {@code deadline}; empty when the client sent none or
     * sent one over the request limits.
     */
    static Optional<Request> readRequest(Connection connection, Duration deadline, boolean rtsp) throws IOException {
        connection.input().deadlineIn(deadline);
        try {
            return (rtsp ? RequestReader.rtsp() : RequestReader.http()).read(connection.input(), Optional.empty());
        } catch (LimitExceededException e) {
            return Optional.empty();
        }
    }

    static byte[] block(char fill) {
        byte[] block = new byte[BLOCK];
        Arrays.fill(block, (byte) fill);
        return block;
    }

    static void text(Connection connection, String text) throws IOException {
        connection.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Writes {@code prefix + block + suffix} again and again until {@code total} bytes, the caps, or a failed write.
     *
     * @param total bytes to write in all; {@code Long.MAX_VALUE} for endless (the caps still apply)
     */
    static void repeat(Connection connection, byte[] prefix, byte[] block, byte[] suffix, long total)
            throws IOException {
        long end = System.nanoTime() + MAX_TIME.toNanos();
        long limit = Math.min(total, MAX_BYTES);
        long written = 0;
        int unit = prefix.length + block.length + suffix.length;
        while (written + unit <= limit && System.nanoTime() < end) {
            if (prefix.length > 0) {
                connection.output().write(prefix);
            }
            connection.output().write(block);
            if (suffix.length > 0) {
                connection.output().write(suffix);
            }
            written += unit;
        }
        connection.output().flush();
    }
}
