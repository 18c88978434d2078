package dev.blindspot.protocol.http;

import dev.blindspot.protocol.tls.DeviceTls;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.Socket;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * TLS for observation only: every certificate is accepted and no host name is verified, because devices use
 * self-signed certificates and a probe must still see what they serve. Nothing secret is ever sent by probes.
 */
final class TlsConnector {

    /** Subject and issuer DN (RFC 2253) of the peer's leaf certificate. */
    record TlsPeer(Optional<String> subject, Optional<String> issuer) {
        static final TlsPeer NONE = new TlsPeer(Optional.empty(), Optional.empty());
    }

    private TlsConnector() {
    }

    /** Layers TLS over the connected socket (closing the result closes {@code raw}) and completes the handshake. */
    static SSLSocket handshake(Socket raw, String host, int port) throws IOException {
        SSLContext context = DeviceTls.trustAll();
        SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(raw, host, port, true);
        ssl.setUseClientMode(true);
        ssl.startHandshake();
        return ssl;
    }

    static TlsPeer peer(SSLSocket ssl) {
        try {
            Certificate[] chain = ssl.getSession().getPeerCertificates();
            if (chain.length > 0 && chain[0] instanceof X509Certificate leaf) {
                return new TlsPeer(Optional.of(leaf.getSubjectX500Principal().getName()),
                        Optional.of(leaf.getIssuerX500Principal().getName()));
            }
        } catch (IOException e) {
            // unverified peer (anonymous suite): nothing to capture
        }
        return TlsPeer.NONE;
    }
}
