package dev.blindspot.cli;

import dev.blindspot.scan.ScanListener;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress display on a terminal, shown only once a scan has run for more than a second and
 * refreshed at most twice a second. Off when the output is not a terminal.
 */
final class Progress implements ScanListener, AutoCloseable {

    private final PrintStream out;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private final AtomicLong lastPrint = new AtomicLong();
    private volatile boolean printed;

    Progress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** True when stderr is an interactive terminal. */
    static boolean terminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            // JDK 22+: a console object exists even when redirected; ask whether it is a terminal
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void hostFinished(long done, long total, long live) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        long last = lastPrint.get();
        if (now - startNanos < 1_000_000_000L || now - last < 500_000_000L || !lastPrint.compareAndSet(last, now)) {
            return;
        }
        printed = true;
        synchronized (out) {
            out.printf("\rscanning: %d/%d addresses, %d live   ", done, total, live);
            out.flush();
        }
    }

    @Override
    public void close() {
        if (printed) {
            synchronized (out) {
                out.print("\r\u001b[K");
                out.flush();
            }
        }
    }
}
