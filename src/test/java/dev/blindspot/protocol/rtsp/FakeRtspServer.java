package dev.blindspot.protocol.rtsp;

import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.Headers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback RTSP peer for tests: binds 127.0.0.1 (or ::1) on an ephemeral port, serves each connection on a
 * virtual thread, records what it received, and closes everything on {@link #close()}.
 */
final class FakeRtspServer implements AutoCloseable {

    /** Full control over one accepted connection (for hostile peers). */
    interface Conversation {
        void run(Socket socket, FakeRtspServer server, int connection) throws Exception;
    }

    /** The bytes to send for one request; {@code null} closes the connection without answering. */
    interface Responder {
        byte[] reply(ReceivedRequest request);
    }

    private final ServerSocket listener;
    private final Conversation conversation;
    private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    private FakeRtspServer(InetAddress bind, Conversation conversation) throws IOException {
        this.listener = new ServerSocket();
        this.listener.bind(new InetSocketAddress(bind, 0), 16);
        this.conversation = conversation;
        Thread.ofVirtual().name("fake-rtsp-accept").start(this::acceptLoop);
    }

    static FakeRtspServer raw(Conversation conversation) throws IOException {
        return new FakeRtspServer(InetAddress.getByName("127.0.0.1"), conversation);
    }

    static FakeRtspServer answering(Responder responder) throws IOException {
        return answering(InetAddress.getByName("127.0.0.1"), responder);
    }

    static FakeRtspServer answering(InetAddress bind, Responder responder) throws IOException {
        return new FakeRtspServer(bind, (socket, server, n) -> {
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            while (true) {
                Optional<ReceivedRequest> request = server.readRequest(in, n);
                if (request.isEmpty()) {
                    return;
                }
                byte[] reply = responder.reply(request.get());
                if (reply == null) {
                    return;
                }
                out.write(reply);
                out.flush();
            }
        });
    }

    InetAddress address() {
        return listener.getInetAddress();
    }

    int port() {
        return listener.getLocalPort();
    }

    List<ReceivedRequest> requests() {
        return List.copyOf(requests);
    }

    int connections() {
        return connections.get();
    }

    /** Reads one request head (we never send bodies); empty at end of stream. Bounded to 100 lines. */
    Optional<ReceivedRequest> readRequest(BufferedReader in, int connection) throws IOException {
        String first = in.readLine();
        if (first == null) {
            return Optional.empty();
        }
        String[] parts = first.split(" ", 3);
        List<Header> headers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String line = in.readLine();
            if (line == null || line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            headers.add(new Header(line.substring(0, colon), line.substring(colon + 1).trim()));
        }
        ReceivedRequest r = new ReceivedRequest(parts[0], parts[1], parts[2], Headers.of(headers), connection);
        requests.add(r);
        return Optional.of(r);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket s = listener.accept();
                sockets.add(s);
                int n = connections.incrementAndGet();
                Thread.ofVirtual().name("fake-rtsp-conn-" + n).start(() -> serve(s, n));
            } catch (IOException e) {
                return; // listener closed
            }
        }
    }

    private void serve(Socket s, int n) {
        try (s) {
            conversation.run(s, this, n);
        } catch (Exception e) {
            // the client went away or the test closed us; nothing to report
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
