package dev.blindspot.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C handling: the first SIGINT/SIGTERM sets the scan's cancel flag and waits (bounded) until the command
 * has written what it has. While the JVM shuts down, {@code System.exit} must not be called (it would block).
 */
final class Interrupts implements AutoCloseable {

    private static final AtomicBoolean SHUTTING_DOWN = new AtomicBoolean();

    private final AtomicBoolean cancel;
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;

    private Interrupts(AtomicBoolean cancel, Duration grace) {
        this.cancel = cancel;
        this.hook = new Thread(() -> {
            SHUTTING_DOWN.set(true);
            cancel.set(true);
            try {
                written.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "blindspot-interrupt");
    }

    /** Installs the hook; {@code grace} bounds how long an interrupted scan may take to write its report. */
    static Interrupts install(AtomicBoolean cancel, Duration grace) {
        Interrupts i = new Interrupts(cancel, grace);
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    static boolean shuttingDown() {
        return SHUTTING_DOWN.get();
    }

    boolean cancelled() {
        return cancel.get();
    }

    /** The command finished its output; lets an interrupted JVM exit. */
    @Override
    public void close() {
        written.countDown();
        if (!SHUTTING_DOWN.get()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutdown began in between; the latch is already released
            }
        }
    }
}
