package dev.blindspot.lab.device;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Server TLS contexts for devices that speak HTTPS, one per product certificate, loaded on first use from
 * {@code /lab/tls/<name>.p12} and shared by every device of a lab (the products' self-signed certificates carry
 * the same subject on every unit; see lab/SOURCES.md). Lab-only keys: never use them anywhere else.
 */
public final class DeviceCertificates {

    private static final char[] STORE_PASSWORD = "lab-only".toCharArray();

    private final Map<String, SSLContext> contexts = new ConcurrentHashMap<>();

    /** The server context for {@code name} ({@code frigate}, {@code milestone}). */
    public SSLContext context(String name) {
        return contexts.computeIfAbsent(name, DeviceCertificates::load);
    }

    private static SSLContext load(String name) {
        String path = "/lab/tls/" + name + ".p12";
        try (InputStream in = DeviceCertificates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lab key store " + path);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, STORE_PASSWORD);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, STORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lab key store " + path, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load lab key store " + path + ": " + e.getMessage(), e);
        }
    }
}
