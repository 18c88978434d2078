package dev.blindspot.credential;

import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.RawHttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * ZoneMinder's API login ({@code POST /zm/api/host/login.json}, form fields {@code user} and {@code pass} in the body,
 * as in ZoneMinder's API documentation), on the ports whose unauthenticated {@code getVersion.json} (first pass)
 * answered 401, i.e. with OPT_USE_AUTH on. Accepted: 200 with an {@code access_token}; rejected: 401.
 */
public final class ZoneMinderLogin implements LoginModule {

    public static final String PATH = "/zm/api/host/login.json";

    private final BoundedHttpClient client;

    public ZoneMinderLogin(BoundedHttpClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "zoneminder-api";
    }

    @Override
    public String credentialProtocol() {
        return "http";
    }

    @Override
    public List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
        return WebObservations.whereApiAskedForLogin(observations, address, "zoneminder.version", PATH);
    }

    @Override
    public LoginAttempt attempt(LoginTarget target, String username, Secret password) {
        String form = "user=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&pass="
                + URLEncoder.encode(password.reveal(), StandardCharsets.UTF_8);
        Optional<RawHttpResponse> answer = client.exchangeRaw(HttpRequestSpec.post(target.address(), target.port(),
                target.tls(), PATH, List.of(new Header("Content-Type", "application/x-www-form-urlencoded")),
                form.getBytes(StandardCharsets.UTF_8))).answer();
        if (answer.isEmpty()) {
            return new LoginAttempt(new LoginResult.Failed("no ZoneMinder API answer"), "zoneminder-api");
        }
        int status = answer.get().reply().status();
        String body = new String(answer.get().body(), StandardCharsets.ISO_8859_1);
        Optional<String> lock = LoginResponseClassifier.lockSignal(status, body);
        LoginResult result = lock.<LoginResult>map(LoginResult.LockoutSignal::new)
                .orElse(status == 200 && body.contains("\"access_token\"") ? new LoginResult.Accepted()
                        : status == 401 ? new LoginResult.Rejected()
                        : new LoginResult.Failed("unexpected ZoneMinder API answer: HTTP " + status));
        return new LoginAttempt(result, "zoneminder-api");
    }
}
