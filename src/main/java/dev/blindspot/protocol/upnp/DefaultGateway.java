package dev.blindspot.protocol.upnp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The IPv4 default gateway from the kernel's routing table ({@code /proc/net/route}: read, no traffic). The first
 * route with destination and mask 0 and the gateway flag (RTF_GATEWAY, 0x2) set; its little-endian hex gateway is
 * returned as a dotted quad.
 */
public final class DefaultGateway {

    private static final int RTF_UP = 0x1;
    private static final int RTF_GATEWAY = 0x2;
    private static final int MAX_LINES = 4096;

    private DefaultGateway() {}

    /** The system's default gateway; empty when there is none or the table cannot be read (not Linux). */
    public static Optional<String> system() {
        try {
            return parse(Files.readString(Path.of("/proc/net/route")));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The default gateway in the text of {@code /proc/net/route}. */
    public static Optional<String> parse(String table) {
        String[] lines = table.split("\n", MAX_LINES);
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].trim().split("\\s+");
            if (f.length < 8 || !f[1].equals("00000000") || !f[7].equals("00000000") || !f[2].matches("[0-9A-Fa-f]{8}")
                    || !f[3].matches("[0-9A-Fa-f]{1,4}")) {
                continue;
            }
            int flags = Integer.parseInt(f[3], 16);
            long gw = Long.parseLong(f[2], 16);
            if ((flags & RTF_UP) == 0 || (flags & RTF_GATEWAY) == 0 || gw == 0) {
                continue;
            }
            return Optional.of((gw & 0xff) + "." + ((gw >> 8) & 0xff) + "." + ((gw >> 16) & 0xff) + "." + ((gw >> 24) & 0xff));
        }
        return Optional.empty();
    }
}
