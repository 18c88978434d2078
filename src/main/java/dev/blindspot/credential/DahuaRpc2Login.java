package dev.blindspot.credential;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.dvrip.SofiaHash;
import dev.blindspot.protocol.http.RawHttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Dahua's two-step JSON login ({@code global.login} on {@code POST /RPC2_Login}), for Dahua and its OEMs. Step 1 (user
 * name, empty password) returns error 268632079 "login challenge" with {@code realm}, {@code random},
 * {@code encryption} and a session (samples dahua/RPC2_Login_step1_challenge*.json); step 2, the counted attempt,
 * carries for encryption {@code Default} {@code MD5(user:random:MD5(user:realm:password))} in upper-case hex; for the
 * old {@code OldDigest} Dahua's 8-character "gen1" hash of the password (MD5, byte pairs summed modulo 62 onto
 * {@code 0-9A-Za-z}: the same compression as Xiongmai's {@link SofiaHash}; haicen/DahuaHashCreator, mcw0/Tools
 * Dahua_Gen1_hash; published values: "admin" is {@code 6QNMIQGe}, Greenbone gb_dahua_devices_default_credentials.nasl
 * and Metasploit's Dahua DVR module); for {@code Basic} {@code base64(user:password)} (Greenbone, from the Dahua web
 * client's get_Auth), with {@code authorityType} naming the mode. Other modes are not answered: no credential is
 * sent. Step 2 answers
 * {@code result:true} (accepted), 268632085 "user or password not valid" (rejected), 268632081 "user locked" or
 * {@code remainLoginTimes} of {@value LoginResponseClassifier#MIN_ATTEMPTS_LEFT} or less (lockout signal). A session
 * that was accepted is logged out ({@code global.logout}).
 */
public final class DahuaRpc2Login implements LoginModule {

    public static final String PATH = "/RPC2_Login";
    static final long CHALLENGE = 268632079L;
    static final long NOT_VALID = 268632085L;
    static final long LOCKED = 268632081L;
    static final Set<String> VENDORS = Set.of("Dahua", "Amcrest", "Lorex");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(4096)
                    .maxNumberLength(32).maxDocumentLength(64 * 1024).build()).build());

    private final BoundedHttpClient client;

    public DahuaRpc2Login(BoundedHttpClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "dahua-rpc2";
    }

    @Override
    public String credentialProtocol() {
        return "http";
    }

    /** Web ports of a Dahua-family device whose {@code /RPC2_Login} answers step 1 with a challenge. */
    @Override
    public List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
        if (!vendor.map(v -> VENDORS.contains(v.name())).orElse(false)) {
            return List.of();
        }
        return HttpTargetPlanner.webPorts(address, observations, PATH).stream().map(LoginTarget::of)
                .filter(t -> challenge(t, "admin").isPresent()).toList();
    }

    /** A step-1 challenge: realm, random, encryption and the session as JSON. */
    record Challenge(String realm, String random, String encryption, JsonNode session) {}

    @Override
    public LoginAttempt attempt(LoginTarget target, String username, Secret password) {
        Optional<Challenge> challenge = challenge(target, username);
        if (challenge.isEmpty()) {
            return new LoginAttempt(new LoginResult.Failed("no RPC2_Login challenge; no credentials sent"), "dahua-rpc2");
        }
        Challenge c = challenge.get();
        Optional<String> encoded = encode(c, username, password.reveal());
        if (encoded.isEmpty()) {
            return new LoginAttempt(new LoginResult.Failed("RPC2_Login encryption '" + safe(c.encryption())
                    + "' not supported; no credentials sent"), "dahua-rpc2");
        }
        ObjectNode params = JSON.createObjectNode().put("userName", username).put("password", encoded.get())
                .put("clientType", "Web3.0").put("loginType", "Direct").put("authorityType", c.encryption());
        if (c.encryption().equals("Default")) {
            params.put("passwordType", "Default");
        }
        Optional<JsonNode> answer = call(target, "global.login", params, 2, c.session());
        LoginResult result = answer.map(DahuaRpc2Login::verdict)
                .orElse(new LoginResult.Failed("no RPC2_Login answer to step 2"));
        if (result instanceof LoginResult.Accepted) {
            call(target, "global.logout", JSON.createObjectNode(), 3, c.session());
        }
        return new LoginAttempt(result, "dahua-rpc2");
    }

    static LoginResult verdict(JsonNode a) {
        if (a.path("result").asBoolean(false)) {
            return new LoginResult.Accepted();
        }
        long code = a.path("error").path("code").asLong(0);
        int left = a.path("params").path("remainLoginTimes").asInt(Integer.MAX_VALUE);
        if (code == LOCKED) {
            return new LoginResult.LockoutSignal("Dahua RPC2 error 268632081: user locked");
        }
        if (a.path("params").has("remainLoginTimes") && left <= LoginResponseClassifier.MIN_ATTEMPTS_LEFT) {
            return new LoginResult.LockoutSignal("device reports " + left + " login attempt(s) left");
        }
        if (code == NOT_VALID) {
            return new LoginResult.Rejected();
        }
        return new LoginResult.Failed("Dahua RPC2 error " + code);
    }

    Optional<Challenge> challenge(LoginTarget target, String username) {
        ObjectNode params = JSON.createObjectNode().put("userName", username).put("password", "")
                .put("clientType", "Web3.0").put("loginType", "Direct");
        return call(target, "global.login", params, 1, JSON.getNodeFactory().numberNode(0))
                .filter(a -> a.path("error").path("code").asLong(0) == CHALLENGE)
                .filter(a -> a.path("params").path("realm").isTextual() && a.path("params").path("random").isTextual())
                .map(a -> new Challenge(a.path("params").path("realm").asText(), a.path("params").path("random").asText(),
                        a.path("params").path("encryption").asText(""), a.path("session")));
    }

    private Optional<JsonNode> call(LoginTarget target, String method, ObjectNode params, int id, JsonNode session) {
        ObjectNode body = JSON.createObjectNode().put("method", method);
        body.set("params", params);
        body.put("id", id);
        body.set("session", session);
        Optional<RawHttpResponse> answer = client.exchangeRaw(HttpRequestSpec.post(target.address(), target.port(),
                target.tls(), PATH, List.of(new Header("Content-Type", "application/json")),
                body.toString().getBytes(StandardCharsets.UTF_8))).answer();
        return answer.filter(r -> r.reply().status() == 200).flatMap(r -> parse(r.body()));
    }

    private static Optional<JsonNode> parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The step-2 password field for the challenge's encryption mode; empty for a mode this module does not speak. */
    static Optional<String> encode(Challenge c, String username, String password) {
        return switch (c.encryption()) {
            case "Default" -> Optional.of(hash(username, c.realm(), c.random(), password));
            case "OldDigest" -> Optional.of(SofiaHash.of(password));
            case "Basic" -> Optional.of(java.util.Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
            default -> Optional.empty();
        };
    }

    /** Encryption "Default": {@code MD5(user:random:MD5(user:realm:password))}, upper-case hex. */
    public static String hash(String user, String realm, String random, String password) {
        return md5Upper(user + ":" + random + ":" + md5Upper(user + ":" + realm + ":" + password));
    }

    private static String md5Upper(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the JDK", e);
        }
    }

    private static String safe(String s) {
        String t = s.replaceAll("[^0-9A-Za-z._-]", "");
        return t.substring(0, Math.min(t.length(), 24));
    }
}
