package dev.blindspot.lab.server;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every open connection of one lab: starts a virtual thread per connection, caps how many may be open at once, and
 * closes all of them on {@link #close()}.
 */
public final class Connections implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Connections.class.getName());
    private static final ThreadFactory THREADS = Thread.ofVirtual().name("lab-conn-", 0).factory();

    private final int max;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    public Connections(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max connections must be >= 1");
        }
        this.max = max;
    }

    /** Serves {@code socket} with {@code handler} on a new virtual thread, or drops it when full or closed. */
    public void serve(Socket socket, ConnectionHandler handler) {
        if (closed.get() || open.size() >= max) {
            quietlyClose(socket);
            return;
        }
        open.add(socket);
        if (closed.get()) {
            forget(socket);
            return;
        }
        THREADS.newThread(() -> run(socket, handler)).start();
    }

    /** How many connections are open right now. */
    public int openCount() {
        return open.size();
    }

    @Override
    public void close() {
        closed.set(true);
        open.forEach(Connections::quietlyClose);
    }

    /** Waits until every connection thread has finished; false on timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!open.isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private void run(Socket socket, ConnectionHandler handler) {
        try {
            socket.setTcpNoDelay(true);
            handler.serve(Connection.over(socket));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.TRACE, "connection ended: {0}", e.toString());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "lab handler failed", e);
        } finally {
            forget(socket);
        }
    }

    private void forget(Socket socket) {
        open.remove(socket);
        quietlyClose(socket);
    }

    static void quietlyClose(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing is best effort
        }
    }
}
