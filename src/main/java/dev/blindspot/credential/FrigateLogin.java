package dev.blindspot.credential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.RawHttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Frigate 0.14+ login ({@code POST /api/login} with JSON {@code {"user","password"}}, frigate/api/auth.py), on the
 * ports whose unauthenticated {@code GET /api/version} (first pass) answered 401: the authenticated port (8971, TLS)
 * with {@code auth.enabled} on. The internal port 5000 needs no login, so it is never a target. Accepted: 200 with a
 * {@code frigate_token} cookie; rejected: 401; 429 (its login rate limiter) is a lockout signal.
 */
public final class FrigateLogin implements LoginModule {

    public static final String PATH = "/api/login";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BoundedHttpClient client;

    public FrigateLogin(BoundedHttpClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "frigate-api";
    }

    @Override
    public String credentialProtocol() {
        return "http";
    }

    @Override
    public List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
        return WebObservations.whereApiAskedForLogin(observations, address, "frigate.version", PATH);
    }

    @Override
    public LoginAttempt attempt(LoginTarget target, String username, Secret password) {
        ObjectNode body = JSON.createObjectNode().put("user", username).put("password", password.reveal());
        Optional<RawHttpResponse> answer = client.exchangeRaw(HttpRequestSpec.post(target.address(), target.port(),
                target.tls(), PATH, List.of(new Header("Content-Type", "application/json")),
                body.toString().getBytes(StandardCharsets.UTF_8))).answer();
        if (answer.isEmpty()) {
            return new LoginAttempt(new LoginResult.Failed("no Frigate API answer"), name());
        }
        return new LoginAttempt(classify(answer.get()), name());
    }

    static LoginResult classify(RawHttpResponse answer) {
        int status = answer.reply().status();
        boolean token = answer.reply().headers().all("Set-Cookie").stream()
                .anyMatch(c -> c.trim().startsWith("frigate_token="));
        if (status == 200 && token) {
            return new LoginResult.Accepted();
        }
        if (status == 401) {
            return new LoginResult.Rejected();
        }
        if (status == 429) {
            return new LoginResult.LockoutSignal("Frigate login rate limit (HTTP 429)");
        }
        String text = new String(answer.body(), StandardCharsets.ISO_8859_1);
        return LoginResponseClassifier.lockSignal(status, text).<LoginResult>map(LoginResult.LockoutSignal::new)
                .orElse(new LoginResult.Failed("unexpected Frigate login answer: HTTP " + status
                        + (status == 200 ? " without a frigate_token cookie" : "")));
    }
}
