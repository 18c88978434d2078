package dev.blindspot.lab.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;

/** One bound TCP port whose accept loop runs on a virtual thread and hands each connection to a handler. */
public final class Listener implements AutoCloseable {

    private static final ThreadFactory ACCEPTORS = Thread.ofVirtual().name("lab-accept-", 0).factory();
    private static final int BACKLOG = 64;

    private final ServerSocket server;
    private volatile Thread acceptor;

    private Listener(ServerSocket server) {
        this.server = server;
    }

    /** Binds {@code address:port} (SO_REUSEADDR on) and starts accepting; throws if the bind fails. */
    public static Listener open(InetAddress address, int port, ConnectionHandler handler, Connections connections)
            throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(address, port), BACKLOG);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        Listener listener = new Listener(server);
        Thread acceptor = ACCEPTORS.newThread(() -> listener.acceptLoop(handler, connections));
        listener.acceptor = acceptor;
        acceptor.start();
        return listener;
    }

    public int port() {
        return server.getLocalPort();
    }

    public InetAddress address() {
        return server.getInetAddress();
    }

    /**
     * Starts closing. The socket is released once the accept loop has left {@code accept()}: a virtual thread
     * blocked there finishes the close when it wakes; {@link #awaitClosed(Duration)} waits for that.
     */
    @Override
    public void close() {
        Connections.quietlyClose(server);
    }

    /** Waits until the accept loop has ended (and with it the port is free); false on timeout. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        Thread thread = acceptor;
        return thread == null || thread.join(timeout);
    }

    private void acceptLoop(ConnectionHandler handler, Connections connections) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.serve(socket, handler);
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
                // transient accept failure (e.g. too many open files): back off briefly, keep listening
                try {
                    Thread.sleep(10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
