package dev.blindspot.protocol.http;

import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test-only server on 127.0.0.1, ephemeral port. Each connection runs a {@link Handler} on a virtual thread;
 * by default the request (head and Content-Length body) is read first and recorded.
 */
public final class LoopbackServer implements AutoCloseable {

    /** Behaviour for one accepted connection. {@code request} is null when the server does not read requests. */
    @FunctionalInterface
    public interface Handler {
        void handle(Socket socket, RecordedRequest request) throws Exception;
    }

    /** What a client sent: request head as text (CRLF kept) and body bytes. */
    public record RecordedRequest(String head, byte[] body) {
        public String requestLine() {
            return head.substring(0, head.indexOf("\r\n"));
        }

        public String header(String name) {
            Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":[ \\t]*([^\\r\\n]*)").matcher(head);
            return m.find() ? m.group(1) : null;
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final ServerSocket server;
    private final Handler handler;
    private final boolean readRequest;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    private LoopbackServer(ServerSocket server, Handler handler, boolean readRequest) {
        this.server = server;
        this.handler = handler;
        this.readRequest = readRequest;
    }

    /** Reads each request, then runs the handler. */
    public static LoopbackServer start(Handler handler) throws IOException {
        return launch(ServerSocketFactory.getDefault(), handler, true);
    }

    /** Runs the handler at once, without reading the request. */
    public static LoopbackServer startRaw(Handler handler) throws IOException {
        return launch(ServerSocketFactory.getDefault(), handler, false);
    }

    public static LoopbackServer startTls(SSLContext context, Handler handler) throws IOException {
        return launch(context.getServerSocketFactory(), handler, true);
    }

    /** A handler that writes {@code bytes} and closes the connection. */
    public static Handler replying(byte[] bytes) {
        return (socket, request) -> {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
        };
    }

    private static LoopbackServer launch(ServerSocketFactory factory, Handler handler, boolean readRequest)
            throws IOException {
        ServerSocket server = factory.createServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        LoopbackServer s = new LoopbackServer(server, handler, readRequest);
        Thread.ofVirtual().name("loopback-accept").start(s::acceptLoop);
        return s;
    }

    public int port() {
        return server.getLocalPort();
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Exceptions thrown by handlers other than the client going away. */
    public List<Throwable> failures() {
        return List.copyOf(failures);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.add(socket);
                Thread.ofVirtual().name("loopback-conn").start(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            RecordedRequest request = null;
            if (readRequest) {
                request = read(socket.getInputStream());
                requests.add(request);
            }
            handler.handle(socket, request);
        } catch (IOException e) {
            // client closed or reset: expected with hostile behaviours
        } catch (Throwable e) {
            failures.add(e);
        }
    }

    private static RecordedRequest read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0 || head.size() > 65536) {
                throw new IOException("request head incomplete");
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text);
        byte[] body = m.find() ? in.readNBytes(Integer.parseInt(m.group(1))) : new byte[0];
        return new RecordedRequest(text, body);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : accepted) {
            s.close();
        }
    }
}
