package dev.blindspot.lab.server;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import javax.net.ssl.SSLSocket;

/**
 * Server-side TLS in front of another handler (HTTPS = TLS + the device's HTTP server). The handshake must finish
 * within the read deadline: a watchdog closes the socket when it does not, so a peer that stalls mid-handshake
 * cannot hold the connection.
 */
public final class TlsServer implements ConnectionHandler {

    private final ConnectionHandler inner;
    private final ServerCertificates certificates;
    private final Duration handshakeDeadline;

    public TlsServer(ConnectionHandler inner, ServerCertificates certificates, Duration handshakeDeadline) {
        this.inner = inner;
        this.certificates = certificates;
        this.handshakeDeadline = handshakeDeadline;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        Socket plain = connection.socket();
        SSLSocket tls = (SSLSocket) certificates.socketFactory().createSocket(plain,
                plain.getInetAddress().getHostAddress(), plain.getPort(), true);
        tls.setUseClientMode(false);
        plain.setSoTimeout((int) Math.max(1, handshakeDeadline.toMillis()));
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(handshakeDeadline);
                Connections.quietlyClose(tls);
            } catch (InterruptedException done) {
                // handshake finished in time
            }
        });
        try {
            tls.startHandshake();
        } finally {
            watchdog.interrupt();
        }
        try {
            inner.serve(Connection.over(tls));
        } finally {
            Connections.quietlyClose(tls);
        }
    }
}
