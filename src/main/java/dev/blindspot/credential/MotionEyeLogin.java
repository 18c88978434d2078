package dev.blindspot.credential;

import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.RawHttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * motionEye's signed-request login (motioneye-project/motioneye: handlers/base.py, utils.compute_signature; the web UI
 * signs with the SHA-1 hex of the password, never sending it): {@code GET /login/?_login=true&_username=<user>
 * &_signature=<sig>} where {@code sig = SHA-1(method:path?sorted-query:body:key)} with characters outside a safe set
 * replaced by {@code -}. On ports whose {@code GET /} came from a {@code motionEye/} server. Accepted: 200;
 * rejected: 403 (its "unauthorized" JSON).
 */
public final class MotionEyeLogin implements LoginModule {

    private static final Pattern UNSAFE = Pattern.compile("[^a-zA-Z0-9/?_.=&{}\\[\\]\":, -]");

    private final BoundedHttpClient client;

    public MotionEyeLogin(BoundedHttpClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "motioneye";
    }

    @Override
    public String credentialProtocol() {
        return "http";
    }

    @Override
    public List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
        return observations.stream()
                .filter(o -> o instanceof HttpObservation h && h.address().equals(address) && h.path().equals("/")
                        && h.outcome().answer().flatMap(r -> r.headers().first("Server"))
                        .map(s -> s.startsWith("motionEye/")).orElse(false))
                .map(o -> new LoginTarget(address, ((HttpObservation) o).port(), ((HttpObservation) o).tls(), "/login/"))
                .distinct().toList();
    }

    @Override
    public LoginAttempt attempt(LoginTarget target, String username, Secret password) {
        if (!username.matches("[A-Za-z0-9_.-]{1,64}")) {
            return new LoginAttempt(new LoginResult.Failed("user name not sendable in a motionEye query"), "motioneye");
        }
        String query = "_login=true&_username=" + username;
        String signature = signature("GET", target.path() + "?" + query, "", sha1(password.reveal()));
        Optional<RawHttpResponse> answer = client.exchangeRaw(HttpRequestSpec.get(target.address(), target.port(),
                target.tls(), target.path() + "?" + query + "&_signature=" + signature)).answer();
        if (answer.isEmpty()) {
            return new LoginAttempt(new LoginResult.Failed("no motionEye answer"), "motioneye");
        }
        int status = answer.get().reply().status();
        String body = new String(answer.get().body(), StandardCharsets.ISO_8859_1);
        LoginResult result = status == 200 ? new LoginResult.Accepted()
                : status == 403 && body.contains("unauthorized") ? new LoginResult.Rejected()
                : LoginResponseClassifier.lockSignal(status, body).<LoginResult>map(LoginResult.LockoutSignal::new)
                        .orElse(new LoginResult.Failed("unexpected motionEye answer: HTTP " + status));
        return new LoginAttempt(result, "motioneye");
    }

    /**
     * {@code SHA-1(method:path?query:body:key)}, lower-case hex; the query must already be sorted by name and free of
     * characters that need quoting (the caller only sends such queries).
     */
    static String signature(String method, String pathAndQuery, String body, String key) {
        String text = method + ":" + UNSAFE.matcher(pathAndQuery).replaceAll("-") + ":"
                + UNSAFE.matcher(body).replaceAll("-") + ":" + UNSAFE.matcher(key).replaceAll("-");
        return sha1(text);
    }

    static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by the JDK", e);
        }
    }
}
