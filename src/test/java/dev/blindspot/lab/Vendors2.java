package dev.blindspot.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.protocol.tls.DeviceTls;
import dev.blindspot.testing.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocket;

/** Test helpers for the second batch of camera vendors (addresses in 127.33.0.0/16, given to this work). */
final class Vendors2 {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: (\\d+)");

    private Vendors2() {}

    /** Options for a lab starting at {@code 127.33.<block>.1}. */
    static LabOptions options(int block, MutableClock clock) {
        return LabOptions.defaults().withFirstAddress("127.33." + block + ".1").withClock(clock)
                .withReadDeadline(Duration.ofSeconds(5));
    }

    static String post(String host, String target, String body) {
        return "POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    /** One request over TLS (any certificate accepted); the whole answer until the server closes or 64 KB. */
    static String tlsExchange(String host, int port, String request) throws Exception {
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(host, port), 2000);
            SSLSocket tls = (SSLSocket) DeviceTls.trustAll().getSocketFactory().createSocket(plain, host, port, true);
            tls.setSoTimeout(5000);
            tls.startHandshake();
            tls.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            tls.getOutputStream().flush();
            return new String(readSome(tls.getInputStream()), StandardCharsets.ISO_8859_1);
        }
    }

    /** Everything until end of stream (or until a complete Content-Length body arrived), at most 64 KB. */
    static byte[] readSome(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (out.size() < 64 * 1024) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            String text = out.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            Matcher length = CONTENT_LENGTH.matcher(text);
            if (end >= 0 && length.find() && out.size() >= end + 4 + Integer.parseInt(length.group(1))) {
                break;
            }
        }
        return out.toByteArray();
    }
}
