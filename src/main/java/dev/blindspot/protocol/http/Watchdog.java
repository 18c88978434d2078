package dev.blindspot.protocol.http;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Closes a socket when the total deadline passes, which unblocks any read, write, connect or handshake. */
final class Watchdog implements AutoCloseable {

    private final AtomicBoolean fired = new AtomicBoolean();
    private final ScheduledFuture<?> task;

    private Watchdog(ScheduledExecutorService scheduler, Closeable target, Duration after) {
        this.task = scheduler.schedule(() -> {
            fired.set(true);
            try {
                target.close();
            } catch (IOException ignored) {
                // closing is all we can do
            }
        }, after.toNanos(), TimeUnit.NANOSECONDS);
    }

    static Watchdog arm(ScheduledExecutorService scheduler, Closeable target, Duration after) {
        return new Watchdog(scheduler, target, after);
    }

    boolean fired() {
        return fired.get();
    }

    @Override
    public void close() {
        task.cancel(false);
    }
}
