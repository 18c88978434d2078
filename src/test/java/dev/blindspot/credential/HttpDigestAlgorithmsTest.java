package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Secret;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What Apache HttpClient 5 (inside {@link HttpLogin}) answers to Digest challenges: MD5 and SHA-256 with qop=auth,
 * checked by a loopback server that recomputes the response itself (RFC 7616 section 3.4.1); and what a
 * {@code stale=true} answer becomes.
 */
class HttpDigestAlgorithmsTest {

    private static final Pattern PARAM = Pattern.compile("([A-Za-z-]+)=(?:\"([^\"]*)\"|([^,\\s]+))");

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private HttpLogin http;
    private volatile String algorithm = "SHA-256";
    private volatile boolean staleFirst;

    @BeforeEach
    void start() throws IOException {
        http = new HttpLogin(new HttpLogin.Settings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4),
                16 * 1024));
        server = HttpServer.create(new InetSocketAddress("127.63.3.1", 0), 8);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            int status;
            if (auth == null) {
                status = 401;
                exchange.getResponseHeaders().add("WWW-Authenticate", challenge("n1", false));
            } else {
                authorizations.add(auth);
                if (staleFirst && authorizations.size() == 1) {
                    status = 401;
                    exchange.getResponseHeaders().add("WWW-Authenticate", challenge("n2", true));
                } else {
                    status = verify(auth, "GET", "admin", "12345") ? 200 : 401;
                    if (status == 401) {
                        exchange.getResponseHeaders().add("WWW-Authenticate", challenge("n3", false));
                    }
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        http.close();
    }

    private String challenge(String nonce, boolean stale) {
        return "Digest realm=\"cam\", qop=\"auth\", algorithm=" + algorithm + ", nonce=\"" + nonce + "\""
                + (stale ? ", stale=true" : "");
    }

    private boolean verify(String header, String method, String user, String password) {
        Map<String, String> p = new HashMap<>();
        Matcher m = PARAM.matcher(header.substring("Digest ".length()));
        while (m.find()) {
            p.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3));
        }
        String jca = algorithm.equals("SHA-256") ? "SHA-256" : "MD5";
        String ha1 = hash(jca, user + ":" + p.get("realm") + ":" + password);
        String ha2 = hash(jca, method + ":" + p.get("uri"));
        String expected = hash(jca, String.join(":", ha1, p.get("nonce"), p.get("nc"), p.get("cnonce"), p.get("qop"), ha2));
        return user.equals(p.get("username")) && expected.equals(p.get("response"))
                && algorithm.equalsIgnoreCase(p.getOrDefault("algorithm", "MD5"));
    }

    private static String hash(String jca, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(jca).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private LoginResult attempt(String password) {
        return http.attempt(new HttpTarget("127.63.3.1", server.getAddress().getPort(), false, "/ISAPI/Security/userCheck"),
                "admin", new Secret(password)).result();
    }

    @Test
    void sha256WithQopAuth() {
        assertThat(attempt("12345")).isEqualTo(new LoginResult.Accepted());
        assertThat(authorizations.getFirst()).contains("algorithm=SHA-256").contains("qop=auth");
        assertThat(attempt("admin")).isEqualTo(new LoginResult.Rejected());
    }

    @Test
    void md5WithQopAuth() {
        algorithm = "MD5";
        assertThat(attempt("12345")).isEqualTo(new LoginResult.Accepted());
        assertThat(attempt("admin")).isEqualTo(new LoginResult.Rejected());
    }

    /** A stale nonce rejects the nonce, not the password: answered once more with the fresh nonce. */
    @Test
    void staleNonceIsAnsweredOnceWithTheFreshNonce() {
        staleFirst = true;
        assertThat(attempt("12345")).isEqualTo(new LoginResult.Accepted());
        assertThat(authorizations).hasSize(2);
        assertThat(authorizations.get(1)).contains("nonce=\"n2\"");
    }
}
