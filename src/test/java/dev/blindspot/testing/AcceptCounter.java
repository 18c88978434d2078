package dev.blindspot.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback listener that only counts the connections it accepts (for scope tests). */
public final class AcceptCounter implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread loop;

    private AcceptCounter(ServerSocket server) {
        this.server = server;
        this.loop = Thread.ofVirtual().start(this::acceptLoop);
    }

    public static AcceptCounter start(String loopbackAddress, int port) throws IOException {
        InetAddress a = InetAddress.getByName(loopbackAddress);
        if (!a.isLoopbackAddress()) {
            throw new IllegalArgumentException("tests listen on loopback only, not " + loopbackAddress);
        }
        return new AcceptCounter(new ServerSocket(port, 50, a));
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                accepted.incrementAndGet();
            } catch (IOException e) {
                return;
            }
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    public int accepted() {
        return accepted.get();
    }

    /**
     * Waits until at least {@code n} connections were accepted or {@code millis} passed; the kernel completes a
     * handshake before the accept loop counts it, so counts read right after a scan can lag.
     */
    public int awaitAccepted(int n, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (accepted.get() < n && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return accepted.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
        loop.interrupt();
    }
}
