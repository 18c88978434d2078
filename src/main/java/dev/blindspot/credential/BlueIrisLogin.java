package dev.blindspot.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.RawHttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Blue Iris's JSON API login (Blue Iris help "JSON interface"; sample blueiris/json_login_step1_challenge_auth_exempt
 * .json): {@code POST /json {"cmd":"login"}} returns a session (no credential sent), then
 * {@code {"cmd":"login","session":s,"response":MD5("user:s:password")}} is the attempt: {@code result} "success" is
 * accepted, "fail" rejected. A client address Blue Iris exempts from authentication ({@code "auth-exempt":true}, a
 * LAN setting) is answered without a credential check: that is reported as a failed attempt (it says nothing about the
 * password), never as accepted. On ports whose {@code GET /} came from {@code BlueServer/} or carried a Blue Iris title.
 */
public final class BlueIrisLogin implements LoginModule {

    public static final String PATH = "/json";
    static final String AUTH_EXEMPT = "Blue Iris exempts this client address from authentication (auth-exempt):"
            + " its login succeeds without checking credentials, so this is no result for the credential";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LOCKED = Pattern.compile("(?i)\\blocked\\b|too many|banned");
    private static final Pattern SESSION = Pattern.compile("[0-9A-Za-z]{8,64}");

    private final BoundedHttpClient client;

    public BlueIrisLogin(BoundedHttpClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "blueiris-json";
    }

    @Override
    public String credentialProtocol() {
        return "http";
    }

    @Override
    public List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
        return observations.stream()
                .filter(o -> o instanceof HttpObservation h && h.address().equals(address) && h.path().equals("/")
                        && h.outcome().answer().map(r -> r.headers().first("Server")
                                .map(s -> s.startsWith("BlueServer/")).orElse(false)
                                || r.title().map(t -> t.startsWith("Blue Iris")).orElse(false)).orElse(false))
                .map(o -> new LoginTarget(address, ((HttpObservation) o).port(), ((HttpObservation) o).tls(), PATH))
                .distinct().toList();
    }

    @Override
    public LoginAttempt attempt(LoginTarget target, String username, Secret password) {
        Optional<JsonNode> challenge = call(target, JSON.createObjectNode().put("cmd", "login"));
        if (challenge.isEmpty()) {
            return failed("no Blue Iris JSON answer to the login challenge");
        }
        if (challenge.get().path("data").path("auth-exempt").asBoolean(false)) {
            return failed(AUTH_EXEMPT);
        }
        String session = challenge.get().path("session").asText("");
        if (!SESSION.matcher(session).matches()) {
            return failed("Blue Iris login challenge without a usable session");
        }
        ObjectNode login = JSON.createObjectNode().put("cmd", "login").put("session", session)
                .put("response", md5(username + ":" + session + ":" + password.reveal()));
        Optional<JsonNode> answer = call(target, login);
        if (answer.isEmpty()) {
            return failed("no Blue Iris JSON answer to the login response");
        }
        return new LoginAttempt(classify(answer.get()), name());
    }

    static LoginResult classify(JsonNode answer) {
        String result = answer.path("result").asText("");
        if (answer.path("data").path("auth-exempt").asBoolean(false)) {
            return new LoginResult.Failed(AUTH_EXEMPT);
        }
        if (result.equals("success")) {
            return new LoginResult.Accepted();
        }
        String reason = answer.path("data").path("reason").asText("");
        if (LOCKED.matcher(reason).find()) {
            return new LoginResult.LockoutSignal("Blue Iris login answer says locked or too many attempts");
        }
        return result.equals("fail") ? new LoginResult.Rejected()
                : new LoginResult.Failed("unexpected Blue Iris login result");
    }

    private Optional<JsonNode> call(LoginTarget target, ObjectNode body) {
        Optional<RawHttpResponse> answer = client.exchangeRaw(HttpRequestSpec.post(target.address(), target.port(),
                target.tls(), PATH, List.of(new Header("Content-Type", "application/json")),
                body.toString().getBytes(StandardCharsets.UTF_8))).answer();
        if (answer.isEmpty() || answer.get().reply().status() != 200 || answer.get().truncated()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(answer.get().body());
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private LoginAttempt failed(String reason) {
        return new LoginAttempt(new LoginResult.Failed(reason), name());
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the JDK", e);
        }
    }
}
