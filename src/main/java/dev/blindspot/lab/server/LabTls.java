package dev.blindspot.lab.server;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The one server certificate every lab device presents over TLS: a self-signed EC key in
 * {@code /lab/tls/device.p12} (see lab/SOURCES.md), loaded once on first use and never changed after.
 */
public final class LabTls {

    static final String KEYSTORE = "/lab/tls/device.p12";
    private static final char[] PASSWORD = "blindspot-lab".toCharArray();

    private LabTls() {}

    /** The shared server context (lazily created, immutable afterwards). */
    public static SSLContext context() {
        return Holder.CONTEXT;
    }

    private static final class Holder {
        private static final SSLContext CONTEXT = load();
    }

    private static SSLContext load() {
        try (InputStream in = LabTls.class.getResourceAsStream(KEYSTORE)) {
            if (in == null) {
                throw new IllegalStateException("missing lab keystore " + KEYSTORE);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load lab keystore " + KEYSTORE, e);
        }
    }
}
