package dev.blindspot.protocol.banner;

import dev.blindspot.scan.ProbeOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads what a line-oriented service (FTP, Telnet) says on connect, without sending anything but Telnet
 * option refusals. Bounded: at most {@link #MAX_BYTES} bytes and one deadline for the whole exchange.
 * Telnet IAC negotiation is answered with DONT/WONT so servers that wait for it still send their prompt.
 */
public final class BannerReader {

    public static final int MAX_BYTES = 2048;
    private static final int IAC = 255;
    private static final int DONT = 254;
    private static final int DO = 253;
    private static final int WONT = 252;
    private static final int WILL = 251;
    private static final int SB = 250;
    private static final int SE = 240;

    private BannerReader() {
    }

    /**
     * @param quietAfter once some text arrived, stop when nothing more comes for this long
     */
    public static ProbeOutcome<String> read(String address, int port, Duration deadline, Duration quietAfter) {
        long end = System.nanoTime() + deadline.toNanos();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), (int) Math.max(1, deadline.toMillis()));
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            int state = 0; // 0 data, 1 after IAC, 2 after IAC+verb, 3 in subnegotiation, 4 IAC in subneg
            int verb = 0;
            int total = 0;
            boolean silent = false;
            while (total < MAX_BYTES) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    silent = true;
                    break;
                }
                int wait = (int) (text.size() > 0 ? Math.min(left, quietAfter.toMillis()) : left);
                s.setSoTimeout(Math.max(1, wait));
                int b;
                try {
                    b = in.read();
                } catch (SocketTimeoutException e) {
                    silent = true;
                    break;
                }
                if (b < 0) {
                    break;
                }
                total++;
                switch (state) {
                    case 0 -> {
                        if (b == IAC) {
                            state = 1;
                        } else if (b != 0) {
                            text.write(b);
                        }
                    }
                    case 1 -> {
                        if (b == WILL || b == WONT || b == DO || b == DONT) {
                            verb = b;
                            state = 2;
                        } else if (b == SB) {
                            state = 3;
                        } else {
                            state = 0;
                        }
                    }
                    case 2 -> {
                        if (verb == DO) {
                            out.write(new byte[] {(byte) IAC, (byte) WONT, (byte) b});
                        } else if (verb == WILL) {
                            out.write(new byte[] {(byte) IAC, (byte) DONT, (byte) b});
                        }
                        out.flush();
                        state = 0;
                    }
                    case 3 -> state = b == IAC ? 4 : 3;
                    default -> state = b == SE ? 0 : 3;
                }
            }
            if (text.size() == 0) {
                // the socket timeout rounds to milliseconds, so "silent until the deadline" is the flag, not the clock
                return silent
                        ? new ProbeOutcome.TimedOut<>(deadline)
                        : new ProbeOutcome.ProtocolError<>("connection gave no banner text");
            }
            return ProbeOutcome.answered(clean(text.toString(StandardCharsets.ISO_8859_1)));
        } catch (SocketTimeoutException e) {
            return new ProbeOutcome.TimedOut<>(deadline);
        } catch (ConnectException e) {
            return new ProbeOutcome.Refused<>(String.valueOf(e.getMessage()));
        } catch (IOException e) {
            return new ProbeOutcome.ProtocolError<>(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Trims, normalises line ends; control characters other than newline are dropped. */
    static String clean(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (char c : raw.replace("\r\n", "\n").replace('\r', '\n').toCharArray()) {
            if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f && (c < 0x80 || c >= 0xa0))) {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }
}
