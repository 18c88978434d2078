package dev.blindspot.lab;

import dev.blindspot.inventory.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A raw-bytes client for HTTP and RTSP tests: writes exactly what the test says, reads one response. */
final class Wire implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private Wire(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static Wire connect(String host, int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), 2000);
        socket.setSoTimeout(5000);
        return new Wire(socket);
    }

    /** One request on a fresh connection. */
    static Reply exchange(String host, int port, String request) throws IOException {
        try (Wire wire = connect(host, port)) {
            return wire.send(request);
        }
    }

    Reply send(String request) throws IOException {
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return read();
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    InputStream input() {
        return in;
    }

    Reply read() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last = 0;
        while (last != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed inside the header block: " + head);
            }
            head.write(b);
            last = (last << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        List<Header> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new Header(lines[i].substring(0, colon), lines[i].substring(colon + 2)));
        }
        Reply partial = new Reply(lines[0], headers, new byte[0], head.toString(StandardCharsets.ISO_8859_1));
        int length = partial.header("Content-Length").map(Integer::parseInt).orElse(0);
        byte[] body = in.readNBytes(length);
        return new Reply(lines[0], headers, body, partial.rawHead());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A response: status line, headers in wire order (value after ": " kept verbatim), body bytes. */
    record Reply(String statusLine, List<Header> headers, byte[] body, String rawHead) {

        Optional<String> header(String name) {
            return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
        }

        List<String> all(String name) {
            return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).toList();
        }

        List<String> names() {
            return headers.stream().map(Header::name).toList();
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
