package dev.blindspot.protocol.neighbour;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the local IPv4 neighbour (ARP) table, {@code /proc/net/arp} on Linux: no packet is sent, the kernel
 * filled it when the scan connected to a host on a directly attached network. Hosts behind a router have no
 * entry (their packets carry the router's address), nor have loopback addresses. The file is read up to
 * {@value #MAX_BYTES} bytes; a missing or unreadable table means "not known".
 */
public final class NeighbourTable {

    static final int MAX_BYTES = 1 << 20;
    private static final int FLAG_COMPLETE = 0x2;
    private static final Pattern MAC = Pattern.compile("(?i)^[0-9a-f]{2}(:[0-9a-f]{2}){5}$");

    private final Path source;

    public NeighbourTable(Path source) {
        this.source = source;
    }

    public static NeighbourTable linux() {
        return new NeighbourTable(Path.of("/proc/net/arp"));
    }

    /** The OUI (e.g. {@code 28:57:BE}) of the complete entry for {@code address}, if there is one. */
    public Optional<String> ouiOf(String address) {
        String text;
        try (InputStream in = Files.newInputStream(source)) {
            text = new String(in.readNBytes(MAX_BYTES), StandardCharsets.US_ASCII);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        return parse(text, address);
    }

    static Optional<String> parse(String table, String address) {
        for (String line : table.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 4 || !f[0].equals(address)) {
                continue;
            }
            int flags;
            try {
                flags = Integer.decode(f[2]);
            } catch (NumberFormatException e) {
                continue;
            }
            if ((flags & FLAG_COMPLETE) == 0 || !MAC.matcher(f[3]).matches() || f[3].equals("00:00:00:00:00:00")) {
                continue;
            }
            return Optional.of(f[3].substring(0, 8).toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }
}
