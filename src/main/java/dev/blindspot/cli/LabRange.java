package dev.blindspot.cli;

import dev.blindspot.lab.Lab;
import dev.blindspot.scope.TargetException;
import dev.blindspot.scope.TargetParser;
import dev.blindspot.scope.TargetRange;
import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * A {@code --range} for lab devices: a loopback IPv4 block or range whose addresses are handed out in order from its
 * start ({@code .0} and {@code .255} skipped).
 *
 * @param first the first device's address
 * @param last  the last address of the range
 */
record LabRange(String text, String first, String last) {

    /** Parses {@code 127.20.0.0/16}, {@code 127.20.0.1-127.20.3.254} or one address; loopback IPv4 only. */
    static LabRange parse(String text) throws TargetException {
        List<TargetRange> parsed = TargetParser.withSystemResolver().parse(text);
        if (parsed.size() != 1) {
            throw new TargetException("--range must be one block or range, not " + text);
        }
        IPAddress lower = parsed.getFirst().range().getLower();
        IPAddress upper = parsed.getFirst().range().getUpper();
        if (!lower.isIPv4() || !lower.toInetAddress().isLoopbackAddress()
                || !upper.toInetAddress().isLoopbackAddress()) {
            throw new TargetException("--range must be inside 127.0.0.0/8 (the lab binds loopback only): " + text);
        }
        return new LabRange(text, lower.withoutPrefixLength().toInetAddress().getHostAddress(),
                upper.withoutPrefixLength().toInetAddress().getHostAddress());
    }

    /** Throws naming the range when {@code devices} addresses do not fit in it. */
    void requireRoomFor(int devices) throws TargetException {
        String needed;
        try {
            needed = Lab.lastAddress(first, Math.max(1, devices));
        } catch (IllegalStateException e) {
            throw new TargetException("range " + text + " has room for fewer than " + devices + " devices");
        }
        if (toInt(needed) > toInt(last)) {
            throw new TargetException("range " + text + " has room for fewer than " + devices
                    + " devices (they would need " + first + " to " + needed + ")");
        }
    }

    private static int toInt(String address) {
        String[] parts = address.split("\\.");
        int value = 0;
        for (String part : parts) {
            value = (value << 8) | Integer.parseInt(part);
        }
        return value;
    }
}
