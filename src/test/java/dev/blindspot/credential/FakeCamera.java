package dev.blindspot.credential;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A loopback HTTP(S) server that plays a camera demanding Basic or Digest (MD5, qop=auth) auth. It counts every
 * request that carries credentials, per username, and can lock itself after a number of failures, answering 403
 * or a Hikvision-style lock body from then on.
 */
final class FakeCamera implements AutoCloseable {

    enum Auth { BASIC, DIGEST }

    /** FORBIDDEN / HIKVISION_LOCK_BODY: how it answers once locked; STALE_NONCE: every credential gets stale=true. */
    enum Lock { NONE, FORBIDDEN, HIKVISION_LOCK_BODY, STALE_NONCE }

    static final String REALM = "IP Camera(E6990)";

    /** Fields as Hikvision userCheck reports a lock (field names as read by public ISAPI clients; synthetic body). */
    static final String HIK_LOCK_BODY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <userCheck><statusValue>401</statusValue><statusString>Unauthorized</statusString>\
            <lockStatus>lock</lockStatus><unlockTime>1800</unlockTime><retryLoginTime>0</retryLoginTime></userCheck>
            """;

    private final HttpServer server;
    private final Auth auth;
    private final Map<String, String> accounts;
    private final Set<String> protectedPaths;
    private final Lock lock;
    private final int lockAfterFailures;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final AtomicInteger totalFailures = new AtomicInteger();
    private final AtomicInteger unauthenticated = new AtomicInteger();
    private final String nonce = HexFormat.of().formatHex(("n" + System.nanoTime()).getBytes(StandardCharsets.UTF_8));

    private FakeCamera(HttpServer server, Auth auth, Map<String, String> accounts, Set<String> protectedPaths,
                       Lock lock, int lockAfterFailures) {
        this.server = server;
        this.auth = auth;
        this.accounts = Map.copyOf(accounts);
        this.protectedPaths = Set.copyOf(protectedPaths);
        this.lock = lock;
        this.lockAfterFailures = lockAfterFailures;
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeCamera start(Auth auth, Map<String, String> accounts) throws IOException {
        return start(auth, accounts, Set.of(), Lock.NONE, Integer.MAX_VALUE);
    }

    /** {@code protectedPaths} empty = every path demands auth; otherwise other paths answer 200 without auth. */
    static FakeCamera start(Auth auth, Map<String, String> accounts, Set<String> protectedPaths, Lock lock,
                            int lockAfterFailures) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        return new FakeCamera(s, auth, accounts, protectedPaths, lock, lockAfterFailures);
    }

    static FakeCamera startTls(Auth auth, Map<String, String> accounts) throws Exception {
        HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        s.setHttpsConfigurator(new HttpsConfigurator(selfSigned()));
        return new FakeCamera(s, auth, accounts, Set.of(), Lock.NONE, Integer.MAX_VALUE);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Requests that carried credentials for this username. */
    int attempts(String username) {
        return attempts.getOrDefault(username, new AtomicInteger()).get();
    }

    int failures(String username) {
        return failures.getOrDefault(username, new AtomicInteger()).get();
    }

    int totalAttempts() {
        return attempts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int unauthenticatedRequests() {
        return unauthenticated.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex; InputStream body = ex.getRequestBody()) {
            body.readAllBytes();
            String path = ex.getRequestURI().getRawPath();
            if (!protectedPaths.isEmpty() && !protectedPaths.contains(path)) {
                send(ex, 200, "<html>welcome</html>");
                return;
            }
            boolean locked = totalFailures.get() >= lockAfterFailures;
            String header = ex.getRequestHeaders().getFirst("Authorization");
            if (header == null) {
                unauthenticated.incrementAndGet();
                respondLockedOrChallenge(ex, locked);
                return;
            }
            String user = verify(header, ex.getRequestMethod());
            String claimed = claimedUser(header);
            attempts.computeIfAbsent(claimed, u -> new AtomicInteger()).incrementAndGet();
            if (locked) {
                respondLockedOrChallenge(ex, true);
            } else if (lock == Lock.STALE_NONCE) {
                ex.getResponseHeaders().add("WWW-Authenticate", "Digest realm=\"" + REALM + "\", qop=\"auth\", nonce=\""
                        + nonce + attempts.get(claimed) + "\", algorithm=\"MD5\", stale=\"TRUE\"");
                send(ex, 401, "");
            } else if (user != null) {
                send(ex, 200, "type=IPC-HDW5831R-ZE\r\n");
            } else {
                failures.computeIfAbsent(claimed, u -> new AtomicInteger()).incrementAndGet();
                totalFailures.incrementAndGet();
                respondLockedOrChallenge(ex, false);
            }
        }
    }

    private void respondLockedOrChallenge(HttpExchange ex, boolean locked) throws IOException {
        if (locked && lock == Lock.FORBIDDEN) {
            send(ex, 403, "Forbidden");
            return;
        }
        ex.getResponseHeaders().add("WWW-Authenticate", auth == Auth.BASIC
                ? "Basic realm=\"" + REALM + "\""
                : "Digest realm=\"" + REALM + "\", qop=\"auth\", nonce=\"" + nonce + "\", algorithm=\"MD5\", stale=\"FALSE\"");
        send(ex, 401, locked && lock == Lock.HIKVISION_LOCK_BODY ? HIK_LOCK_BODY
                : "<userCheck><statusValue>401</statusValue><statusString>Unauthorized</statusString></userCheck>");
    }

    /** The username whose credentials are valid in this header, or null. */
    private String verify(String header, String method) {
        if (auth == Auth.BASIC && header.startsWith("Basic ")) {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String user = decoded.substring(0, colon);
            return decoded.substring(colon + 1).equals(accounts.get(user)) ? user : null;
        }
        if (auth == Auth.DIGEST && header.startsWith("Digest ")) {
            Map<String, String> p = params(header.substring(7));
            String user = p.get("username");
            String password = accounts.get(user);
            if (password == null || !nonce.equals(p.get("nonce")) || !REALM.equals(p.get("realm"))
                    || !"auth".equals(p.get("qop"))) {
                return null;
            }
            String ha1 = md5(user + ":" + REALM + ":" + password);
            String ha2 = md5(method + ":" + p.get("uri"));
            String expected = md5(ha1 + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
            return expected.equals(p.get("response")) ? user : null;
        }
        return null;
    }

    private static String claimedUser(String header) {
        if (header.startsWith("Basic ")) {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            return decoded.substring(0, Math.max(0, decoded.indexOf(':')));
        }
        return params(header.substring(header.indexOf(' ') + 1)).getOrDefault("username", "?");
    }

    private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");

    private static Map<String, String> params(String s) {
        Map<String, String> out = new HashMap<>();
        Matcher m = PARAM.matcher(s);
        while (m.find()) {
            out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private static SSLContext selfSigned() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = FakeCamera.class.getResourceAsStream("/credentials/selfsigned-device.p12")) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
