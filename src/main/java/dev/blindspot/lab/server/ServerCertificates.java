package dev.blindspot.lab.server;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.security.auth.x500.X500Principal;

/**
 * The TLS side of one lab: one EC key pair and one {@link SSLContext} for every HTTPS device, each device getting
 * its own self-signed certificate (made on first handshake, then kept) for the subject registered for its address.
 * A few hundred bytes per device instead of a TLS context each. The key pair is made on first use.
 */
public final class ServerCertificates {

    private static final Duration VALIDITY = Duration.ofDays(3650);

    private final Clock clock;
    private final Map<InetAddress, String> subjects = new ConcurrentHashMap<>();
    private final Map<String, X509Certificate[]> chains = new ConcurrentHashMap<>();
    private volatile KeyPair keys;
    private volatile SSLSocketFactory factory;

    public ServerCertificates(Clock clock) {
        this.clock = clock;
    }

    /** Connections to {@code address} will be served a certificate for {@code subject} (an X.500 DN). */
    public void register(InetAddress address, String subject) {
        subjects.put(address, new X500Principal(subject).getName());
    }

    /** The factory that wraps accepted sockets in server-side TLS. */
    SSLSocketFactory socketFactory() {
        SSLSocketFactory f = factory;
        if (f == null) {
            synchronized (this) {
                if (factory == null) {
                    factory = newContext().getSocketFactory();
                }
                f = factory;
            }
        }
        return f;
    }

    /** The certificate served for {@code subject}; made (and kept) on first call. */
    X509Certificate certificate(String subject) {
        return chain(subject)[0];
    }

    private SSLContext newContext() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {new PerAddress()}, null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS unavailable in this JDK: " + e.getMessage(), e);
        }
    }

    private X509Certificate[] chain(String subject) {
        if (keys == null) {
            socketFactory();
        }
        return chains.computeIfAbsent(subject, s -> {
            Instant now = clock.instant();
            try {
                return new X509Certificate[] {SelfSignedCertificate.create(keys, new X500Principal(s),
                        new BigInteger(64, new SecureRandom()).setBit(62), now.minus(Duration.ofDays(1)),
                        now.plus(VALIDITY))};
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot sign a lab certificate for " + s, e);
            }
        });
    }

    /** Picks the certificate by the local address the client connected to: the alias is the subject. */
    private final class PerAddress extends X509ExtendedKeyManager {

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            if (!"EC".equals(keyType) || socket == null) {
                return null;
            }
            return subjects.get(socket.getLocalAddress());
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            return null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return chain(alias).clone();
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return keys.getPrivate();
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return "EC".equals(keyType) ? subjects.values().stream().distinct().toArray(String[]::new) : null;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return null;
        }
    }
}
