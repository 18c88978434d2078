package dev.blindspot.lab.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Serves another handler over TLS (HTTPS on 443): wraps the accepted socket in server mode with the lab's shared
 * self-signed certificate ({@link LabTls}) and hands the TLS connection on. The handshake must finish within the
 * read deadline or the connection is closed, so a client trickling handshake bytes cannot hold it.
 */
public final class TlsServer implements ConnectionHandler {

    private final ConnectionHandler inner;
    private final Duration deadline;

    public TlsServer(ConnectionHandler inner, Duration deadline) {
        this.inner = inner;
        this.deadline = deadline;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        Socket plain = connection.socket();
        SSLSocketFactory factory = LabTls.context().getSocketFactory();
        SSLSocket tls = (SSLSocket) factory.createSocket(plain, (InputStream) null, true);
        AtomicBoolean done = new AtomicBoolean();
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(deadline);
                if (!done.get()) {
                    Connections.quietlyClose(tls);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            tls.setSoTimeout((int) Math.max(1, deadline.toMillis()));
            tls.startHandshake();
        } finally {
            done.set(true);
            watchdog.interrupt();
        }
        try (tls) {
            inner.serve(Connection.over(tls));
        }
    }
}
