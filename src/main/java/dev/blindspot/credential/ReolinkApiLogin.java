package dev.blindspot.credential;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.RawHttpResponse;
import dev.blindspot.scan.ProbeOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reolink's JSON API login ({@code POST /cgi-bin/api.cgi?cmd=Login}, the credential in the JSON body, never in the
 * URL): one attempt per call, then {@code Logout} with the token so no session slot stays taken. Classified from
 * the answer (samples reolink/api_Login_*): {@code code 0} with a token is accepted; error {@code -7} "login failed"
 * is a rejection; anything else ("max session", "param error", not JSON) says nothing about the password.
 * {@link #devInfo} logs in with a proven credential, reads {@code GetDevInfo} with the token and logs out.
 */
public final class ReolinkApiLogin {

    /** Where the API lives on every Reolink web port. */
    public static final String PATH = "/cgi-bin/api.cgi";
    static final int MAX_FIELD = 128;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(4096)
                    .maxNumberLength(32).maxDocumentLength(64 * 1024).build())
            .build());

    private final BoundedHttpClient client;

    public ReolinkApiLogin(BoundedHttpClient client) {
        this.client = client;
    }

    /** One login attempt (and a logout when it worked). */
    public HttpAttempt attempt(HttpTarget target, String username, Secret password) {
        Session s = login(target, username, password);
        s.token().ifPresent(t -> logout(target, t));
        LoginResult result = s.result();
        // a device may echo what it was sent: no reason text carries the password
        if (result instanceof LoginResult.Failed f && !password.reveal().isEmpty() && f.reason().contains(password.reveal())) {
            result = new LoginResult.Failed(f.reason().replace(password.reveal(), password.masked()));
        }
        return new HttpAttempt(result, "reolink-api");
    }

    /** GetDevInfo's identity fields (model, firmVer, buildDay, type, channelNum), read with a proven credential. */
    public Optional<Map<String, String>> devInfo(HttpTarget target, String username, Secret password) {
        Session s = login(target, username, password);
        if (s.token().isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<JsonNode> answer = call(target, "GetDevInfo", "&token=" + s.token().get(), NODES.objectNode());
            return answer.filter(a -> a.path("code").asInt(-1) == 0).map(a -> fields(a.path("value").path("DevInfo")));
        } finally {
            logout(target, s.token().get());
        }
    }

    /**
     * Read-only commands ({@code Get...}) in one session with a proven credential, then logout: each command's answer
     * object by command name (absent when the device sent none); empty when the login failed.
     */
    public Optional<Map<String, JsonNode>> readCommands(HttpTarget target, String username, Secret password,
                                                        List<String> commands) {
        if (commands.stream().anyMatch(c -> !c.matches("Get[A-Za-z0-9]{1,40}"))) {
            throw new IllegalArgumentException("only Get commands are read: " + commands);
        }
        Session s = login(target, username, password);
        if (s.token().isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            for (String cmd : commands) {
                call(target, cmd, "&token=" + s.token().get(), NODES.objectNode()).ifPresent(a -> out.put(cmd, a));
            }
            return Optional.of(out);
        } finally {
            logout(target, s.token().get());
        }
    }

    private record Session(LoginResult result, Optional<String> token) {}

    private Session login(HttpTarget target, String username, Secret password) {
        ObjectNode user = NODES.objectNode().put("userName", username).put("password", password.reveal());
        ObjectNode param = NODES.objectNode();
        param.set("User", user);
        Optional<JsonNode> answer = call(target, "Login", "", param);
        if (answer.isEmpty()) {
            return new Session(new LoginResult.Failed("no Reolink API answer"), Optional.empty());
        }
        JsonNode a = answer.get();
        JsonNode token = a.path("value").path("Token").path("name");
        if (a.path("code").asInt(-1) == 0 && token.isTextual() && !token.asText().isBlank()
                && token.asText().matches("[0-9A-Za-z]{1,64}")) {
            return new Session(new LoginResult.Accepted(), Optional.of(token.asText()));
        }
        int rsp = a.path("error").path("rspCode").asInt(0);
        String detail = a.path("error").path("detail").asText("");
        if (rsp == -7 || detail.equals("login failed")) {
            return new Session(new LoginResult.Rejected(), Optional.empty());
        }
        String safe = detail.replaceAll("[^0-9A-Za-z ._-]", "");
        return new Session(new LoginResult.Failed("Reolink API error " + rsp + " "
                + safe.substring(0, Math.min(safe.length(), 40))), Optional.empty());
    }

    private void logout(HttpTarget target, String token) {
        call(target, "Logout", "&token=" + token, NODES.objectNode());
    }

    /** One command; the first element of the answer array, if the answer is one. */
    private Optional<JsonNode> call(HttpTarget target, String cmd, String query, ObjectNode param) {
        ArrayNode body = NODES.arrayNode();
        body.addObject().put("cmd", cmd).put("action", 0).set("param", param);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        ProbeOutcome<RawHttpResponse> outcome = client.exchangeRaw(HttpRequestSpec.post(target.address(),
                target.port(), target.tls(), PATH + "?cmd=" + cmd + query,
                List.of(new Header("Content-Type", "application/json")), bytes));
        return outcome.answer().filter(r -> r.reply().status() == 200).flatMap(r -> first(r.body()));
    }

    private static Optional<JsonNode> first(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            return root != null && root.isArray() && root.size() > 0 && root.get(0).isObject()
                    ? Optional.of(root.get(0)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The identity fields of a DevInfo object (never serial or detail). */
    static Map<String, String> fields(JsonNode devInfo) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : List.of("model", "firmVer", "buildDay", "type", "exactType", "channelNum")) {
            JsonNode v = devInfo.get(f);
            if (v != null && v.isValueNode() && !v.isNull()) {
                String text = v.asText().strip();
                if (!text.isEmpty()) {
                    out.put(f, text.length() > MAX_FIELD ? text.substring(0, MAX_FIELD) : text);
                }
            }
        }
        return out;
    }
}
