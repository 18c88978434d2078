package dev.blindspot.lab.server;

import java.io.IOException;

/** Reads one line of Telnet input, dropping option negotiation (IAC sequences) and ending at CR, LF or CR NUL. */
final class TelnetLines {

    private static final int IAC = 255;
    private static final int SB = 250;
    private static final int SE = 240;
    private static final int MAX_SUBNEGOTIATION = 256;

    private TelnetLines() {}

    /** The line as text, or null at end of stream. */
    static String read(BoundedInput in, int maxChars) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                return line.isEmpty() ? null : line.toString();
            }
            if (b == IAC) {
                skipCommand(in);
            } else if (b == '\r' || b == '\n') {
                if (b == '\r' && (in.peek() == '\n' || in.peek() == 0)) {
                    in.read();
                }
                return line.toString();
            } else if (b >= 32 && b < 127) {
                if (line.length() == maxChars) {
                    throw new LimitExceededException("telnet line longer than " + maxChars);
                }
                line.append((char) b);
            }
        }
    }

    private static void skipCommand(BoundedInput in) throws IOException {
        int command = in.read();
        if (command >= 251 && command <= 254) {
            in.read(); // WILL/WONT/DO/DONT <option>
        } else if (command == SB) {
            for (int i = 0; i < MAX_SUBNEGOTIATION; i++) {
                int b = in.read();
                if (b < 0 || (b == IAC && in.read() == SE)) {
                    return;
                }
            }
            throw new LimitExceededException("telnet subnegotiation too long");
        }
    }
}
