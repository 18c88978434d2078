package dev.blindspot.lab.device;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.server.Connection;
import dev.blindspot.lab.server.ConnectionHandler;
import dev.blindspot.lab.server.LimitExceededException;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Xiongmai's DVRIP service on TCP 34567 ({@link DvripFrame}): login (message 1000, answer 1001) with the Sofia
 * password hash, SystemInfo (1020/1021) and KeepAlive (1006/1007). Every login is a counted attempt; a locked-out
 * client gets Ret 205. Answers are the samples xmeye/dvrip_34567_* with this device's values.
 */
final class DvripServer implements ConnectionHandler {

    static final int LOGIN = 1000;
    static final int SYSINFO = 1020;
    static final int KEEPALIVE = 1006;
    static final int OK = 100;
    static final int UNKNOWN_USER = 106;
    static final int WRONG_PASSWORD = 203;
    static final int LOCKED = 205;
    static final int ILLEGAL_REQUEST = 103;
    static final int VIDEO_CHANNELS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGES = 64;

    private final SimDevice device;
    private final Duration deadline;

    DvripServer(SimDevice device, Duration deadline) {
        this.device = device;
        this.deadline = deadline;
    }

    @Override
    public void serve(Connection connection) throws IOException {
        int session = 0;
        for (int i = 0; i < MAX_MESSAGES; i++) {
            connection.input().deadlineIn(deadline);
            Optional<DvripFrame> next;
            try {
                next = DvripFrame.read(connection.input());
            } catch (LimitExceededException e) {
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            DvripFrame request = next.get();
            DvripFrame reply;
            switch (request.messageId()) {
                case LOGIN -> {
                    int granted = 0x20 + ThreadLocalRandom.current().nextInt(0x1000);
                    ObjectNode answer = login(request, connection, granted);
                    if (answer.path("Ret").asInt() == OK) {
                        session = granted;
                    }
                    reply = DvripFrame.reply(request, session, LOGIN + 1, InlineJson.render(answer));
                }
                case SYSINFO -> reply = DvripFrame.reply(request, session, SYSINFO + 1,
                        InlineJson.render(systemInfo(request, session)));
                case KEEPALIVE -> reply = DvripFrame.reply(request, session, KEEPALIVE + 1,
                        InlineJson.render(status("KeepAlive", session != 0 && request.session() == session ? OK
                                : ILLEGAL_REQUEST, session)));
                default -> reply = DvripFrame.reply(request, session, request.messageId() + 1,
                        InlineJson.render(status("", ILLEGAL_REQUEST, session)));
            }
            connection.write(reply.toBytes());
        }
    }

    private ObjectNode login(DvripFrame request, Connection connection, int granted) {
        JsonNode body = parse(request.json());
        String user = body.path("UserName").asText("");
        String hash = body.path("PassWord").asText("");
        AuthOutcome outcome = device.login(LoginProtocol.DVRIP, connection.peer(), user,
                expected -> SofiaHash.of(expected).equals(hash));
        if (outcome.accepted()) {
            ObjectNode answer = template("xiongmai/dvrip_34567_login_response.json");
            answer.put("ChannelNum", VIDEO_CHANNELS).put("DeviceType ", "DVR").put("SessionID", sessionId(granted));
            return answer;
        }
        int ret = outcome instanceof AuthOutcome.Locked ? LOCKED
                : user.equals(device.spec().username()) ? WRONG_PASSWORD : UNKNOWN_USER;
        return status(null, ret, 0);
    }

    private ObjectNode systemInfo(DvripFrame request, int session) {
        if (session == 0 || request.session() != session) {
            return template("xiongmai/dvrip_34567_SystemInfo_error_607.json");
        }
        ObjectNode answer = template("xiongmai/dvrip_34567_SystemInfo_response.json");
        answer.put("SessionID", sessionId(session));
        ((ObjectNode) answer.path("SystemInfo")).put("DeviceModel", device.spec().model())
                .put("HardWare", device.spec().model()).put("SoftWareVersion", device.spec().firmware())
                .put("SerialNo", device.ids().hex("xm-serial", 16))
                .put("VideoInChannel", VIDEO_CHANNELS).put("AudioInChannel", VIDEO_CHANNELS)
                .put("AlarmInChannel", VIDEO_CHANNELS).put("AlarmOutChannel", 1);
        return answer;
    }

    private static ObjectNode status(String name, int ret, int session) {
        ObjectNode answer = JSON.createObjectNode();
        if (name != null) {
            answer.put("Name", name);
        }
        return answer.put("Ret", ret).put("SessionID", sessionId(session));
    }

    static String sessionId(int session) {
        return "0x" + String.format(Locale.ROOT, "%08X", session);
    }

    private ObjectNode template(String name) {
        return (ObjectNode) parse(device.templates().text(name));
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null || !node.isObject() ? JSON.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
