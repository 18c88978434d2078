package dev.blindspot.lab.device;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blindspot.lab.LoginProtocol;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Dahua's challenge login ({@code global.login}) as {@code POST /RPC2_Login} and DHIP on 37777 speak it. Step 1
 * (empty password, no session) answers error 268632079 "login challenge" with a session, the realm
 * {@code Login to <serial>}, a {@code random} and encryption {@code Default} (samples dahua/RPC2_Login_step1_*,
 * dahua/dhip_37777_login_challenge.hex.txt). Step 2 carries, for encryption Default,
 * {@code MD5(user:random:MD5(user:realm:password))} with both digests in upper-case hex; it is counted as one login
 * attempt. The random is derived from the session and a per-device secret, so no state is kept between the steps.
 */
final class DahuaLogin {

    static final long CHALLENGE = 268632079L;
    static final long NOT_VALID = 268632085L;
    static final long LOCKED = 268632081L;
    static final long BAD_REQUEST = 268894209L;
    private static final int MAX_NAME = 128;

    private final SimDevice device;
    private final DahuaIds ids;
    private final LoginProtocol protocol;

    DahuaLogin(SimDevice device, DahuaIds ids, LoginProtocol protocol) {
        this.device = device;
        this.ids = ids;
        this.protocol = protocol;
    }

    /**
     * The JSON answer to one request.
     *
     * @param newSession the session a challenge hands out, already in its JSON form ({@code "4f8f..."} over HTTP,
     *                   a number over DHIP)
     */
    String answer(JsonNode request, InetAddress client, String newSession) {
        long id = request.path("id").canConvertToLong() ? request.path("id").asLong() : 0;
        JsonNode params = request.path("params");
        String user = params.path("userName").asText("");
        String password = params.path("password").asText("");
        if (!request.path("method").asText("").equals("global.login") || user.isEmpty() || user.length() > MAX_NAME) {
            return "{\"error\":{\"code\":" + BAD_REQUEST + ",\"message\":\"Component error: Request invalid!\"},\"id\":"
                    + id + ",\"result\":false,\"session\":0}";
        }
        JsonNode sessionNode = request.path("session");
        String session = sessionNode.isTextual() ? sessionNode.asText() : sessionNode.isIntegralNumber()
                && sessionNode.asLong() != 0 ? Long.toString(sessionNode.asLong()) : "";
        if (password.isEmpty() || session.isEmpty()) {
            String issued = newSession.startsWith("\"") ? newSession.substring(1, newSession.length() - 1) : newSession;
            return "{\"error\":{\"code\":" + CHALLENGE + ",\"message\":\"Component error: login challenge!\"},\"id\":"
                    + id + ",\"params\":{\"authorization\":\"" + Nonces.hex(40) + "\",\"encryption\":\"Default\","
                    + "\"mac\":\"" + ids.mac() + "\",\"random\":\"" + random(issued) + "\",\"realm\":\""
                    + ids.realm() + "\"},\"result\":false,\"session\":" + newSession + "}";
        }
        String sessionJson = sessionNode.isTextual() ? "\"" + Json.escape(session) + "\"" : session;
        String random = random(session);
        boolean hashed = params.path("authorityType").asText("Default").equals("Default")
                && params.path("passwordType").asText("Default").equals("Default");
        AuthOutcome outcome = device.login(protocol, client, user,
                expected -> hashed && MessageDigest.isEqual(hash(user, ids.realm(), random, expected)
                        .getBytes(StandardCharsets.US_ASCII), password.getBytes(StandardCharsets.UTF_8)));
        return switch (outcome) {
            case AuthOutcome.Accepted a -> "{\"id\":" + id + ",\"params\":{\"keepAliveInterval\":60},\"result\":true,"
                    + "\"session\":" + sessionJson + "}";
            case AuthOutcome.Locked l -> "{\"error\":{\"code\":" + LOCKED + ",\"message\":\"Component error: User has "
                    + "been locked!\"},\"id\":" + id + ",\"params\":{\"remainLockSecond\":"
                    + Math.max(1, l.remaining().toSeconds()) + ",\"remainLoginTimes\":0},\"result\":false,"
                    + "\"session\":" + sessionJson + "}";
            default -> "{\"error\":{\"code\":" + NOT_VALID + ",\"message\":\"Component error: User or password not "
                    + "valid!\"},\"id\":" + id + remaining(client) + ",\"result\":false,\"session\":" + sessionJson
                    + "}";
        };
    }

    private String remaining(InetAddress client) {
        if (device.spec().lockoutThreshold() <= 0) {
            return "";
        }
        return ",\"params\":{\"remainLockSecond\":0,\"remainLoginTimes\":" + device.remainingFailures(client) + "}";
    }

    /** The challenge's random for a session: 7 to 10 digits, a function of the session and the device. */
    String random(String session) {
        String mixed = md5Upper(device.ids().hex("rpc2-secret", 16) + ":" + session);
        long value = Long.parseLong(mixed.substring(0, 8), 16) % 2_000_000_000L;
        return Long.toString(Math.max(1_000_000L, value));
    }

    /** The encryption "Default" response: MD5(user:random:MD5(user:realm:password)), upper-case hex. */
    static String hash(String user, String realm, String random, String password) {
        return md5Upper(user + ":" + random + ":" + md5Upper(user + ":" + realm + ":" + password));
    }

    static String md5Upper(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8))).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the JDK", e);
        }
    }
}
