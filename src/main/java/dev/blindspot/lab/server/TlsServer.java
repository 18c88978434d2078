package dev.blindspot.lab.server;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Puts TLS in front of another handler (HTTPS): the handshake must finish within the read deadline (a peer that
 * trickles handshake bytes is cut off when it passes), then the inner handler serves the decrypted connection.
 * The certificate comes from a given context, the lab's shared one ({@link LabTls}), or per-address certificates
 * ({@link ServerCertificates}).
 */
public final class TlsServer implements ConnectionHandler {

    private final Supplier<SSLSocketFactory> factory;
    private final ConnectionHandler inner;
    private final Duration deadline;

    private TlsServer(Supplier<SSLSocketFactory> factory, ConnectionHandler inner, Duration deadline) {
        this.factory = factory;
        this.inner = inner;
        this.deadline = deadline;
    }

    /** TLS with the lab's shared self-signed certificate ({@link LabTls}). */
    public TlsServer(ConnectionHandler inner, Duration deadline) {
        this(LabTls.context(), inner, deadline);
    }

    public TlsServer(SSLContext context, ConnectionHandler inner, Duration deadline) {
        this(context::getSocketFactory, inner, deadline);
    }

    /** TLS with the certificate registered for the device's address. */
    public TlsServer(ConnectionHandler inner, ServerCertificates certificates, Duration deadline) {
        this(certificates::socketFactory, inner, deadline);
    }

    @Override
    public void serve(Connection connection) throws IOException {
        Socket raw = connection.socket();
        try (SSLSocket tls = (SSLSocket) factory.get().createSocket(raw,
                raw.getInetAddress().getHostAddress(), raw.getPort(), true)) {
            tls.setUseClientMode(false);
            handshake(raw, tls);
            inner.serve(Connection.over(tls));
        }
    }

    private void handshake(Socket raw, SSLSocket tls) throws IOException {
        tls.setSoTimeout((int) Math.max(1, deadline.toMillis()));
        Thread cutoff = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(deadline);
                Connections.quietlyClose(raw);
            } catch (InterruptedException done) {
                // handshake finished in time
            }
        });
        try {
            tls.startHandshake();
        } finally {
            cutoff.interrupt();
        }
    }
}
