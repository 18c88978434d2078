package dev.blindspot.lab;

import java.util.OptionalLong;

/**
 * Whether a lab fits in the file descriptors the process may open. Every listening socket is one descriptor;
 * on top of the listeners a lab needs {@value #RESERVE} for accepted connections, the JVM itself and a scanner
 * running in the same process.
 */
public final class LabCapacity {

    /** Descriptors kept free beyond the listeners and what is open already. */
    public static final int RESERVE = 512;

    private LabCapacity() {}

    /** Descriptors a lab of {@code listeners} sockets needs in a process that has {@code open} open already. */
    public static long needed(long listeners, long open) {
        return listeners + open + RESERVE;
    }

    /**
     * Throws, naming the number needed and how to raise the limit, when {@code listeners} sockets would not fit
     * under the soft limit. Does nothing when the limit is unknown or unlimited.
     */
    public static void require(int devices, long listeners, FileLimits limits) {
        OptionalLong soft = limits.soft();
        long needed = needed(listeners, limits.open());
        if (soft.isEmpty() || needed <= soft.getAsLong()) {
            return;
        }
        String hard = limits.hard().isPresent() ? String.valueOf(limits.hard().getAsLong()) : "unlimited";
        String raise = limits.hard().isPresent() && limits.hard().getAsLong() < needed
                ? "as root: ulimit -Hn " + needed + " && ulimit -n " + needed + " (at most /proc/sys/fs/nr_open; "
                + "needs CAP_SYS_RESOURCE, which containers often drop: then docker run --ulimit nofile=" + needed
                + ":" + needed + " or the like), or run fewer devices"
                : "ulimit -n " + needed + " in the shell that starts it (the ./blindspot launcher raises the soft "
                + "limit to the hard limit by itself)";
        throw new LabCapacityException(String.format(
                "%,d devices need %,d file descriptors (%,d listening sockets + %,d open + %,d reserve), but this "
                        + "process may open only %,d (ulimit -n; hard limit %s). Raise it: %s.",
                devices, needed, listeners, limits.open(), RESERVE, soft.getAsLong(), hard, raise), needed);
    }
}
