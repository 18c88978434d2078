package dev.blindspot.lab.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Buffered socket input where every read honours one total deadline (so a slow peer cannot hold a connection by
 * trickling bytes) and every caller states how many bytes it accepts. Not thread-safe: one per connection.
 */
public final class BoundedInput {

    private final Socket socket;
    private final InputStream in;
    private final byte[] buffer;
    private int position;
    private int limit;
    private long deadlineNanos;

    public BoundedInput(Socket socket, InputStream in, int bufferSize) {
        this.socket = socket;
        this.in = in;
        this.buffer = new byte[bufferSize];
        this.deadlineNanos = System.nanoTime();
    }

    /** Starts a new deadline: everything read from now on must arrive within {@code budget}. */
    public void deadlineIn(Duration budget) {
        deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    /** The next byte (0-255) or -1 at end of stream. */
    public int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    /** The next byte without consuming it, or -1 at end of stream. */
    public int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xff;
    }

    /**
     * One line without its CRLF or LF, decoded as ISO-8859-1; {@code null} at end of stream before any byte.
     *
     * @throws LimitExceededException when the line is longer than {@code maxBytes}
     */
    public String readLine(int maxBytes) throws IOException {
        StringBuilder line = new StringBuilder();
        int b = read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (line.length() >= maxBytes) {
                throw new LimitExceededException("line longer than " + maxBytes + " bytes");
            }
            line.append((char) b);
            b = read();
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }

    /** Exactly {@code count} bytes; the caller bounds {@code count}. */
    public byte[] readExactly(int count) throws IOException {
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            int b = read();
            if (b < 0) {
                throw new IOException("stream ended after " + i + " of " + count + " bytes");
            }
            out[i] = (byte) b;
        }
        return out;
    }

    /** Discards {@code count} bytes. */
    public void skip(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            if (read() < 0) {
                throw new IOException("stream ended while skipping");
            }
        }
    }

    private boolean fill() throws IOException {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            throw new SocketTimeoutException("read deadline passed");
        }
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining / 1_000_000)));
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
