package dev.blindspot.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.RawHttpResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Shinobi's dashboard login (docs.shinobi.video/api/authentication: {@code POST /?json=true} with form fields
 * {@code mail} and {@code pass}; the user name is an e-mail address), on ports whose {@code GET /} was Shinobi's
 * login page (title "Shinobi" from an Express server). Accepted: JSON {@code "ok":true}; rejected: {@code "ok":false}.
 */
public final class ShinobiLogin implements LoginModule {

    public static final String PATH = "/?json=true";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BoundedHttpClient client;

    public ShinobiLogin(BoundedHttpClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "shinobi";
    }

    @Override
    public String credentialProtocol() {
        return "http";
    }

    @Override
    public List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
        return observations.stream()
                .filter(o -> o instanceof HttpObservation h && h.address().equals(address) && h.path().equals("/")
                        && h.outcome().answer().map(r -> r.title().map(t -> t.equals("Shinobi")).orElse(false)
                                && r.headers().first("X-Powered-By").map(x -> x.equals("Express")).orElse(false))
                                .orElse(false))
                .map(o -> new LoginTarget(address, ((HttpObservation) o).port(), ((HttpObservation) o).tls(), PATH))
                .distinct().toList();
    }

    @Override
    public LoginAttempt attempt(LoginTarget target, String username, Secret password) {
        String form = "mail=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&pass="
                + URLEncoder.encode(password.reveal(), StandardCharsets.UTF_8);
        Optional<RawHttpResponse> answer = client.exchangeRaw(HttpRequestSpec.post(target.address(), target.port(),
                target.tls(), target.path(), List.of(new Header("Content-Type", "application/x-www-form-urlencoded")),
                form.getBytes(StandardCharsets.UTF_8))).answer();
        if (answer.isEmpty()) {
            return new LoginAttempt(new LoginResult.Failed("no Shinobi answer"), name());
        }
        return new LoginAttempt(classify(answer.get()), name());
    }

    static LoginResult classify(RawHttpResponse answer) {
        int status = answer.reply().status();
        String text = new String(answer.body(), StandardCharsets.ISO_8859_1);
        Optional<String> lock = LoginResponseClassifier.lockSignal(status, text);
        if (lock.isPresent()) {
            return new LoginResult.LockoutSignal(lock.get());
        }
        if (status != 200 || answer.truncated()) {
            return new LoginResult.Failed("unexpected Shinobi login answer: HTTP " + status);
        }
        try {
            JsonNode node = JSON.readTree(answer.body());
            if (node != null && node.path("ok").isBoolean()) {
                return node.path("ok").asBoolean() ? new LoginResult.Accepted() : new LoginResult.Rejected();
            }
        } catch (IOException e) {
            // not JSON: falls through
        }
        return new LoginResult.Failed("Shinobi login answer is not its JSON");
    }
}
