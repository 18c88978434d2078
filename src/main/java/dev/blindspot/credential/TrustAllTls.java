package dev.blindspot.credential;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A TLS context that accepts any server certificate: cameras and recorders use self-signed certificates, and a
 * credential check needs the connection, not the identity. Never use it to send anything but a default pair.
 */
final class TrustAllTls {

    private TrustAllTls() {}

    static SSLContext context() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new AcceptAll()}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS unavailable", e);
        }
    }

    private static final class AcceptAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // not a server
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // accept: devices are self-signed
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
