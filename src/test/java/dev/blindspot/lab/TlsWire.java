package dev.blindspot.lab;

import dev.blindspot.inventory.Header;
import dev.blindspot.protocol.tls.DeviceTls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSocket;

/** One HTTP request over TLS (any certificate accepted) for tests; also tells the server certificate's subject. */
final class TlsWire {

    record TlsReply(String subject, Wire.Reply reply) {}

    private TlsWire() {}

    static TlsReply exchange(String host, int port, String request) throws IOException {
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress(host, port), 2000);
            raw.setSoTimeout(5000);
            try (SSLSocket tls = (SSLSocket) DeviceTls.trustAll().getSocketFactory()
                    .createSocket(raw, host, port, true)) {
                tls.startHandshake();
                String subject = ((X509Certificate) tls.getSession().getPeerCertificates()[0])
                        .getSubjectX500Principal().getName();
                tls.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                tls.getOutputStream().flush();
                return new TlsReply(subject, read(tls.getInputStream()));
            }
        }
    }

    private static Wire.Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last = 0;
        while (last != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed inside the header block: " + head);
            }
            head.write(b);
            last = (last << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        List<Header> headers = new ArrayList<>();
        int length = 0;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            Header h = new Header(lines[i].substring(0, colon), lines[i].substring(colon + 2));
            headers.add(h);
            if (h.name().equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(h.value());
            }
        }
        return new Wire.Reply(lines[0], headers, in.readNBytes(length), head.toString(StandardCharsets.ISO_8859_1));
    }
}
