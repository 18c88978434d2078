package dev.blindspot.credential;

import dev.blindspot.protocol.tls.DeviceTls;

import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Secret;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.client5.http.auth.AuthSchemeFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.auth.BasicSchemeFactory;
import org.apache.hc.client5.http.impl.auth.CredentialsProviderBuilder;
import org.apache.hc.client5.http.impl.auth.DigestSchemeFactory;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * One login attempt = one authenticated HTTP GET (Apache HttpClient 5, classic API). The device's challenge is
 * fetched first without credentials; the credentials are then sent once, with Basic or Digest as the device asks,
 * scoped to that one host:port. No retries, no redirects, no cookies, a fresh connection per attempt, per-attempt
 * connect/response timeouts and a hard total deadline. TLS trusts any certificate (devices are self-signed).
 * The password goes nowhere but the Authorization header.
 */
public final class HttpLogin implements AutoCloseable {

    /** Timeouts and the body limit of one attempt. */
    public record Settings(Duration connectTimeout, Duration responseTimeout, Duration deadline, int maxBodyBytes) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(10), 16 * 1024);
        }
    }

    private final Settings settings;
    private final ScheduledExecutorService deadlines;

    public HttpLogin(Settings settings) {
        this.settings = settings;
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, Thread.ofVirtual().factory());
        scheduler.setRemoveOnCancelPolicy(true);
        this.deadlines = scheduler;
    }

    public HttpAttempt attempt(HttpTarget target, String username, Secret password) {
        Optional<InetAddress> ip = literal(target.address());
        if (ip.isEmpty()) {
            return new HttpAttempt(new LoginResult.Failed("not an IP address literal: " + target.address()), "http");
        }
        // the host name is the literal itself: HttpHost(scheme, address, port) would ask DNS for a reverse name on
        // every attempt (a blocking native call that pins the virtual thread's carrier)
        HttpHost host = new HttpHost(target.tls() ? URIScheme.HTTPS.id : URIScheme.HTTP.id, ip.get(), target.address(),
                target.port());
        AtomicReference<String> schemeSent = new AtomicReference<>();
        AtomicBoolean deadlineHit = new AtomicBoolean();
        BasicHttpClientConnectionManager connections = connections();
        HttpGet get = new HttpGet(target.path());
        ScheduledFuture<?> kill = deadlines.schedule(() -> {
            deadlineHit.set(true);
            get.cancel();
            connections.close(CloseMode.IMMEDIATE);
        }, settings.deadline().toMillis(), TimeUnit.MILLISECONDS);
        LoginResult result;
        try (CloseableHttpClient client = client(connections, host, username, password, schemeSent)) {
            result = exchange(client, host, get, schemeSent);
        } catch (IOException | RuntimeException e) {
            result = new LoginResult.Failed(deadlineHit.get()
                    ? "no complete answer within the " + settings.deadline().toMillis() + " ms deadline"
                    : describe(e));
        } finally {
            kill.cancel(false);
            connections.close(CloseMode.IMMEDIATE);
        }
        String scheme = schemeSent.get();
        return new HttpAttempt(scrub(result, password), scheme == null ? "http" : "http-" + scheme);
    }

    /**
     * One read-only authenticated GET with a credential this device already accepted (firmware and model after
     * login): same client, limits and deadline as {@link #attempt}; the body is cut at the settings' limit. Empty
     * when the exchange did not complete. The password goes nowhere but the Authorization header.
     */
    public Optional<AuthenticatedReply> read(HttpTarget target, String username, Secret password) {
        Optional<InetAddress> ip = literal(target.address());
        if (ip.isEmpty()) {
            return Optional.empty();
        }
        HttpHost host = new HttpHost(target.tls() ? URIScheme.HTTPS.id : URIScheme.HTTP.id, ip.get(), target.address(),
                target.port());
        BasicHttpClientConnectionManager connections = connections();
        HttpGet get = new HttpGet(target.path());
        ScheduledFuture<?> kill = deadlines.schedule(() -> {
            get.cancel();
            connections.close(CloseMode.IMMEDIATE);
        }, settings.deadline().toMillis(), TimeUnit.MILLISECONDS);
        try (CloseableHttpClient client = client(connections, host, username, password, new AtomicReference<>());
             ClassicHttpResponse response = client.executeOpen(host, get, HttpClientContext.create())) {
            HttpEntity entity = response.getEntity();
            byte[] body = entity == null ? new byte[0] : readBoundedBytes(entity);
            return Optional.of(new AuthenticatedReply(response.getCode(), body));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            kill.cancel(false);
            connections.close(CloseMode.IMMEDIATE);
        }
    }

    private byte[] readBoundedBytes(HttpEntity entity) throws IOException {
        try (InputStream in = entity.getContent()) {
            return in.readNBytes(settings.maxBodyBytes());
        }
    }

    private LoginResult exchange(CloseableHttpClient client, HttpHost host, HttpGet get,
                                 AtomicReference<String> schemeSent) throws IOException {
        try (ClassicHttpResponse response = client.executeOpen(host, get, HttpClientContext.create())) {
            String body = readBounded(response.getEntity());
            return LoginResponseClassifier.classify(response.getCode(), body, schemeSent.get() != null);
        }
    }

    private CloseableHttpClient client(BasicHttpClientConnectionManager connections, HttpHost host, String username,
                                       Secret password, AtomicReference<String> schemeSent) {
        CredentialsProvider credentials = CredentialsProviderBuilder.create()
                .add(new AuthScope(host.getHostName(), host.getPort()), username, password.reveal().toCharArray())
                .build();
        RequestConfig request = RequestConfig.custom()
                .setResponseTimeout(timeout(settings.responseTimeout()))
                .setConnectionRequestTimeout(timeout(settings.connectTimeout()))
                .setRedirectsEnabled(false)
                .setTargetPreferredAuthSchemes(List.of(StandardAuthScheme.DIGEST, StandardAuthScheme.BASIC))
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultCredentialsProvider(credentials)
                .setDefaultAuthSchemeRegistry(RegistryBuilder.<AuthSchemeFactory>create()
                        .register(StandardAuthScheme.BASIC, BasicSchemeFactory.INSTANCE)
                        .register(StandardAuthScheme.DIGEST, DigestSchemeFactory.INSTANCE)
                        .build())
                .setDefaultRequestConfig(request)
                .addExecInterceptorAfter(ChainElement.PROTOCOL.name(), "one-authenticated-request",
                        oneAuthenticatedRequest(schemeSent))
                .setUserAgent("Blindspot")
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableConnectionState()
                .build();
    }

    /**
     * Notes the scheme of the Authorization header (never its value) and refuses to send a second one, except once per attempt
     * after a Digest {@code stale=true} answer: that rejects the nonce, not the password (RFC 7616 section 3.3), and
     * HttpClient answers the fresh nonce.
     */
    private static ExecChainHandler oneAuthenticatedRequest(AtomicReference<String> schemeSent) {
        AtomicBoolean staleSeen = new AtomicBoolean();
        AtomicBoolean retried = new AtomicBoolean();
        return (request, scope, chain) -> {
            var authorization = request.getFirstHeader(HttpHeaders.AUTHORIZATION);
            if (authorization != null) {
                String value = authorization.getValue();
                String scheme = value.substring(0, Math.max(0, value.indexOf(' '))).toLowerCase(java.util.Locale.ROOT);
                if (!schemeSent.compareAndSet(null, scheme.isEmpty() ? "unknown" : scheme)
                        && !(staleSeen.getAndSet(false) && retried.compareAndSet(false, true))) {
                    throw new IOException("refused to send a second authenticated request in one attempt");
                }
            }
            ClassicHttpResponse response = chain.proceed(request, scope);
            if (authorization != null && response.getCode() == 401) {
                boolean stale = java.util.Arrays.stream(response.getHeaders(HttpHeaders.WWW_AUTHENTICATE))
                        .anyMatch(h -> STALE.matcher(h.getValue()).find());
                staleSeen.set(stale);
            }
            return response;
        };
    }

    private static final java.util.regex.Pattern STALE =
            java.util.regex.Pattern.compile("(?i)^\\s*digest\\b.*\\bstale\\s*=\\s*\"?true\\b");

    private BasicHttpClientConnectionManager connections() {
        TlsSocketStrategy tls = new DefaultClientTlsStrategy(DeviceTls.trustAll(), HostnameVerificationPolicy.CLIENT,
                NoopHostnameVerifier.INSTANCE);
        BasicHttpClientConnectionManager manager = BasicHttpClientConnectionManager.create(
                RegistryBuilder.<TlsSocketStrategy>create().register(URIScheme.HTTPS.id, tls).build());
        manager.setConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(timeout(settings.connectTimeout()))
                .setSocketTimeout(timeout(settings.responseTimeout()))
                .build());
        return manager;
    }

    private String readBounded(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        try (InputStream in = entity.getContent()) {
            return new String(in.readNBytes(settings.maxBodyBytes()), StandardCharsets.ISO_8859_1);
        }
    }

    private static Optional<InetAddress> literal(String address) {
        IPAddress ip = new IPAddressString(address).getAddress();
        return ip == null ? Optional.empty() : Optional.of(ip.toInetAddress());
    }

    private static String describe(Exception e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof SocketTimeoutException) {
            return "timed out";
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + message;
    }

    /** Belt and braces: no reason text may carry the password, whatever a library or a device put in it. */
    private static LoginResult scrub(LoginResult result, Secret password) {
        String secret = password.reveal();
        if (secret.isEmpty()) {
            return result;
        }
        return switch (result) {
            case LoginResult.Failed f when f.reason().contains(secret) ->
                    new LoginResult.Failed(f.reason().replace(secret, password.masked()));
            case LoginResult.LockoutSignal l when l.signal().contains(secret) ->
                    new LoginResult.LockoutSignal(l.signal().replace(secret, password.masked()));
            default -> result;
        };
    }

    private static Timeout timeout(Duration d) {
        return Timeout.ofMilliseconds(d.toMillis());
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
    }
}
