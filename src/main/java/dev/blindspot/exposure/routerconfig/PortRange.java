package dev.blindspot.exposure.routerconfig;

/** An inclusive range of ports, {@code first <= last}, both 1..65535; one port when they are equal. */
public record PortRange(int first, int last) {

    public PortRange {
        if (first < 1 || last > 65_535 || first > last) {
            throw new IllegalArgumentException("port range " + first + "-" + last + " is not within 1-65535");
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    /**
     * Parses {@code 554}, {@code 8000-8010} or {@code 8000:8010}; throws IllegalArgumentException with a short
     * message otherwise.
     */
    public static PortRange parse(String text) {
        String t = text.trim();
        int sep = Math.max(t.indexOf('-'), t.indexOf(':'));
        try {
            if (sep < 0) {
                return single(Integer.parseInt(t));
            }
            return new PortRange(Integer.parseInt(t.substring(0, sep).trim()), Integer.parseInt(t.substring(sep + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a port or port range");
        }
    }

    public boolean contains(int port) {
        return port >= first && port <= last;
    }

    public int size() {
        return last - first + 1;
    }

    /** The port {@code port} of this range maps to in {@code target} (same offset; the last port when shorter). */
    public int mapTo(PortRange target, int port) {
        return Math.min(target.last, target.first + (port - first));
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
