package dev.blindspot.lab.server;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;

/**
 * One bound TCP port whose accept loop runs on a virtual thread and hands each connection to a handler; or one
 * bound UDP port whose receive loop answers datagrams from loopback peers ({@link #openDatagram}).
 */
public final class Listener implements AutoCloseable {

    private static final ThreadFactory ACCEPTORS = Thread.ofVirtual().name("lab-accept-", 0).factory();
    private static final int BACKLOG = 64;

    /**
     * Receive buffer of a UDP listener, held while it waits: discovery requests are well under 2 KB (an M-SEARCH, a
     * WS-Discovery Probe, a DHIP search), so 8 KB keeps thousands of devices' responders small; longer ones are cut.
     */
    private static final int MAX_DATAGRAM = 8 * 1024;

    private final AutoCloseable socket;
    private final int port;
    private final InetAddress address;
    private volatile Thread acceptor;

    private Listener(AutoCloseable socket, int port, InetAddress address) {
        this.socket = socket;
        this.port = port;
        this.address = address;
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
        Listener listener = new Listener(server, server.getLocalPort(), server.getInetAddress());
        Thread acceptor = ACCEPTORS.newThread(() -> listener.acceptLoop(server, handler, connections));
        listener.acceptor = acceptor;
        acceptor.start();
        return listener;
    }

    /**
     * Binds UDP {@code address:port} and answers datagrams on a virtual thread; datagrams from peers outside
     * loopback are ignored (the lab never sends anywhere else).
     */
    public static Listener openDatagram(InetAddress address, int port, DatagramHandler handler) throws IOException {
        DatagramSocket udp = new DatagramSocket(null);
        try {
            udp.setReuseAddress(true);
            udp.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            udp.close();
            throw e;
        }
        Listener listener = new Listener(udp, udp.getLocalPort(), udp.getLocalAddress());
        Thread receiver = ACCEPTORS.newThread(() -> receiveLoop(udp, handler));
        listener.acceptor = receiver;
        receiver.start();
        return listener;
    }

    public int port() {
        return port;
    }

    public InetAddress address() {
        return address;
    }

    /**
     * Starts closing. The socket is released once the accept loop has left {@code accept()}: a virtual thread
     * blocked there finishes the close when it wakes; {@link #awaitClosed(Duration)} waits for that.
     */
    @Override
    public void close() {
        Connections.quietlyClose(socket);
    }

    /** Waits until the accept loop has ended (and with it the port is free); false on timeout. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        Thread thread = acceptor;
        return thread == null || thread.join(timeout);
    }

    private static void receiveLoop(DatagramSocket udp, DatagramHandler handler) {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!udp.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
                if (!(packet.getSocketAddress() instanceof InetSocketAddress from)
                        || !from.getAddress().isLoopbackAddress()) {
                    continue;
                }
                byte[] datagram = java.util.Arrays.copyOf(packet.getData(), packet.getLength());
                Optional<byte[]> answer;
                try {
                    answer = handler.answer(datagram, from);
                } catch (RuntimeException e) {
                    continue; // a malformed datagram gets no answer, as on a real device
                }
                if (answer.isPresent()) {
                    udp.send(new DatagramPacket(answer.get(), answer.get().length, from));
                }
            } catch (SocketException e) {
                if (udp.isClosed()) {
                    return;
                }
            } catch (IOException e) {
                // a failed send or receive loses one datagram, as UDP does
            }
        }
    }

    private void acceptLoop(ServerSocket server, ConnectionHandler handler, Connections connections) {
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
