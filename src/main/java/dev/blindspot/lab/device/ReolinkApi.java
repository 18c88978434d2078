package dev.blindspot.lab.device;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.OnvifAuthMode;
import dev.blindspot.lab.server.Request;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reolink's JSON API ({@code /cgi-bin/api.cgi}): a JSON array of {@code {"cmd", "action", "param"}} in, one answer
 * per command out, in the firmware's jsoncpp layout. {@code Login} hands out a token (lease 3600 s); other commands
 * need {@code ?token=} or {@code ?user=&password=} and otherwise answer "please login first". Every Login (and
 * every user/password query) is a counted attempt. Answers are the samples named in lab/SOURCES.md with the
 * device's values filled in.
 */
final class ReolinkApi {

    static final Duration LEASE = Duration.ofSeconds(3600);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_COMMANDS = 16;

    private record Command(String cmd, JsonNode param) {}

    private final SimDevice device;
    private final ReolinkIds ids;
    private final ReolinkSessions sessions = new ReolinkSessions();

    ReolinkApi(SimDevice device) {
        this.device = device;
        this.ids = ReolinkIds.of(device.ids());
    }

    /** The response body for one api.cgi request. */
    String answer(Request request, InetAddress client) {
        Query query = Query.parse(request.query());
        String queryCmd = query.get("cmd").orElse("Unknown");
        Optional<List<Command>> commands = commands(request.body(), queryCmd);
        ArrayNode out = NODES.arrayNode();
        if (commands.isEmpty()) {
            out.add(error(queryCmd, "param error", -4));
            return StyledJson.render(out);
        }
        boolean authenticated = sessions.valid(query.get("token"), device.now());
        boolean queryLoginFailed = false;
        if (!authenticated && query.get("user").isPresent()) {
            authenticated = login(client, query.get("user").get(), query.get("password").orElse(""));
            queryLoginFailed = !authenticated;
        }
        for (Command command : commands.get()) {
            if (command.cmd().equals("Login")) {
                out.add(login(command.param(), client));
            } else if (queryLoginFailed) {
                out.add(error(command.cmd(), "login failed", -7));
            } else if (!authenticated) {
                out.add(error(command.cmd(), "please login first", -6));
            } else if (command.cmd().equals("Logout")) {
                sessions.close(query.get("token"));
                out.add(ok("Logout"));
            } else {
                out.add(command(command));
            }
        }
        return StyledJson.render(out);
    }

    /** The body's commands, the query's {@code cmd} when the body is empty, or empty for a malformed body. */
    private static Optional<List<Command>> commands(byte[] body, String queryCmd) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return Optional.of(List.of(new Command(queryCmd, MissingNode.getInstance())));
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (root == null || !root.isArray()) {
            return Optional.empty();
        }
        List<Command> out = new ArrayList<>();
        for (JsonNode element : root) {
            if (out.size() == MAX_COMMANDS) {
                break;
            }
            out.add(new Command(element.path("cmd").asText("Unknown"), element.path("param")));
        }
        if (out.isEmpty()) {
            out.add(new Command("Unknown", MissingNode.getInstance()));
        }
        return Optional.of(out);
    }

    private JsonNode login(JsonNode param, InetAddress client) {
        JsonNode user = param.path("User");
        if (!user.path("userName").isTextual() || !user.path("password").isTextual()) {
            return error("Login", "param error", -4);
        }
        if (!login(client, user.path("userName").textValue(), user.path("password").textValue())) {
            return error("Login", "login failed", -7);
        }
        Optional<String> token = sessions.open(device.now(), LEASE);
        if (token.isEmpty()) {
            return template("reolink/api_Login_error_max_session.json");
        }
        ObjectNode answer = template("reolink/api_Login_200_success_RLC-511.json");
        ((ObjectNode) answer.path("value").path("Token")).put("name", token.get()).put("leaseTime",
                LEASE.toSeconds());
        return answer;
    }

    private boolean login(InetAddress client, String username, String password) {
        return device.login(LoginProtocol.HTTP_API, client, username, expected -> MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8))).accepted();
    }

    private JsonNode command(Command command) {
        return switch (command.cmd()) {
            case "GetDevInfo" -> devInfo();
            case "GetP2p" -> {
                ObjectNode answer = template("reolink/api_GetP2p_apiguide.json");
                ((ObjectNode) answer.path("value").path("P2p")).put("uid", ids.uid());
                yield enable(answer, "P2p", device.spec().features().p2pCloud());
            }
            // "initial" is the factory value as in the guide; "value" is the device's setting (spec features)
            case "GetUpnp" -> enable(template("reolink/api_GetUpnp_apiguide.json"), "Upnp", device.spec().features().upnp());
            case "GetDdns" -> enable(template("reolink/api_GetDdns_apiguide.json"), "Ddns", device.spec().features().ddns());
            case "GetNetPort" -> netPort();
            case "GetUser" -> {
                ObjectNode answer = template("reolink/api_GetUser_apiguide.json");
                ((ObjectNode) answer.path("value").path("User").path(0)).put("userName", device.spec().username());
                yield answer;
            }
            case "GetRtspUrl" -> rtspUrl(command.param().path("channel").asInt(0));
            default -> error(command.cmd(), "not support", -9);
        };
    }

    private JsonNode devInfo() {
        boolean nvr = device.spec().kind() == DeviceKind.REOLINK_NVR;
        ObjectNode answer = template(nvr ? "reolink/api_GetDevInfo_NVR_RLN16-410_apiguide.json"
                : "reolink/api_GetDevInfo_RLC-411WS.json");
        String firmware = device.spec().firmware();
        int underscore = firmware.lastIndexOf('_');
        ((ObjectNode) answer.path("value").path("DevInfo")).put("model", device.spec().model())
                .put("firmVer", firmware)
                .put("buildDay", "build " + (underscore < 0 ? "" : firmware.substring(underscore + 1)))
                .put("serial", ids.serial());
        return answer;
    }

    private JsonNode netPort() {
        ObjectNode answer = template("reolink/api_GetNetPort_apiguide.json");
        ((ObjectNode) answer.path("value").path("NetPort")).put("httpEnable", 1).put("httpsEnable", 1)
                .put("onvifEnable", device.spec().onvifAuthMode() == OnvifAuthMode.DISABLED ? 0 : 1);
        return answer;
    }

    private JsonNode rtspUrl(int channel) {
        ObjectNode answer = template("reolink/api_GetRtspUrl_apiguide.json");
        String base = "rtsp://" + device.host() + ":554/Preview_" + String.format("%02d", channel + 1);
        ((ObjectNode) answer.path("value").path("rtspUrl")).put("channel", channel)
                .put("mainStream", base + "_main").put("subStream", base + "_sub");
        return answer;
    }

    private ObjectNode template(String name) {
        try {
            return (ObjectNode) JSON.readTree(device.templates().text(name)).get(0);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad lab template " + name, e);
        }
    }

    /** {@code value.<object>.enable} set to 1 or 0 (issue 7: P2P/UID, DDNS, UPnP switches). */
    private static ObjectNode enable(ObjectNode answer, String object, boolean on) {
        ((ObjectNode) answer.path("value").path(object)).put("enable", on ? 1 : 0);
        return answer;
    }

    private ObjectNode ok(String cmd) {
        ObjectNode answer = NODES.objectNode().put("cmd", cmd).put("code", 0);
        answer.putObject("value").put("rspCode", 200);
        return answer;
    }

    /** {@code {"cmd", "code": 1, "error": {"detail", "rspCode"}}} as in the error samples. */
    static ObjectNode error(String cmd, String detail, int rspCode) {
        ObjectNode answer = NODES.objectNode().put("cmd", cmd).put("code", 1);
        answer.putObject("error").put("detail", detail).put("rspCode", rspCode);
        return answer;
    }
}
