package dev.blindspot.lab.device;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blindspot.lab.LabVulnerabilities;
import java.util.Optional;

/**
 * The login bypasses of CVE-2021-33044 and CVE-2021-33045 (Dahua advisory DHCC-SA-202110-001) on
 * {@code POST /RPC2_Login}, only on firmware inside the advisory's ranges ({@link LabVulnerabilities}): a
 * {@code global.login} for the unit's account with {@code clientType NetKeyboard} (33044) or
 * {@code loginType Loopback} (33045) is accepted without a valid password and gets a session, in the layout of the
 * firmware's accepted-login answer ({@code keepAliveInterval}, {@code result:true}). Fixed firmware answers as
 * usual (the challenge), see {@link DahuaLogin}. The session is not tracked: {@code global.logout} on
 * {@code /RPC2} just says {@code result:true} (modelled).
 */
final class DahuaLoginBypass {

    private final SimDevice device;

    DahuaLoginBypass(SimDevice device) {
        this.device = device;
    }

    /** The accepted-login answer when {@code request} is one of the bypasses and this firmware has it. */
    Optional<String> answer(JsonNode request) {
        JsonNode params = request.path("params");
        boolean netKeyboard = params.path("clientType").asText("").equals("NetKeyboard");
        boolean loopback = params.path("loginType").asText("").equals("Loopback");
        if (!request.path("method").asText("").equals("global.login") || !(netKeyboard || loopback)) {
            return Optional.empty();
        }
        device.countVulnerabilityProbe();
        String cve = netKeyboard ? LabVulnerabilities.DAHUA_33044 : LabVulnerabilities.DAHUA_33045;
        if (!LabVulnerabilities.has(device.spec(), cve)
                || !params.path("userName").asText("").equals(device.spec().username())) {
            return Optional.empty();
        }
        long id = request.path("id").canConvertToLong() ? request.path("id").asLong() : 0;
        return Optional.of("{\"id\":" + id + ",\"params\":{\"keepAliveInterval\":60},\"result\":true,\"session\":\""
                + Nonces.hex(32) + "\"}");
    }

    /** The answer to {@code POST /RPC2} {@code global.logout} (anything else: a request error). */
    static String rpc2(JsonNode request) {
        long id = request.path("id").canConvertToLong() ? request.path("id").asLong() : 0;
        JsonNode session = request.path("session");
        String s = session.isTextual() ? "\"" + Json.escape(session.asText()) + "\"" : session.isIntegralNumber()
                ? Long.toString(session.asLong()) : "0";
        if (request.path("method").asText("").equals("global.logout")) {
            return "{\"id\":" + id + ",\"params\":null,\"result\":true,\"session\":" + s + "}";
        }
        return "{\"error\":{\"code\":" + DahuaLogin.BAD_REQUEST + ",\"message\":\"Component error: Request invalid!\"},"
                + "\"id\":" + id + ",\"result\":false,\"session\":" + s + "}";
    }
}
