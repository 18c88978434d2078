package dev.blindspot.lab.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.server.Credentials;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Blue Iris web server (see lab/SOURCES.md): the login page on {@code /}, and the JSON API on {@code POST /json}
 * whose login is a challenge: {@code {"cmd":"login"}} returns a session (sample
 * blueiris/json_login_step1_challenge_auth_exempt.json, here for a client that is not auth-exempt), then
 * {@code {"cmd":"login","session":s,"response":md5(user:s:password)}} is the attempt.
 */
final class BlueIrisWeb implements HttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SESSION = Pattern.compile("[0-9a-f]{32}");

    private final SimDevice device;

    BlueIrisWeb(SimDevice device) {
        this.device = device;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        boolean read = request.method().equals("GET") || request.method().equals("HEAD");
        if (path.equals("/json") && request.method().equals("POST")) {
            return json(request, exchange);
        }
        if (read && (path.equals("/") || path.equals("/login.htm"))) {
            return reply("HTTP/1.1 200 OK", "text/html; charset=utf-8", device.templates().text("blueiris/login.htm"));
        }
        return reply("HTTP/1.1 404 Not Found", "text/html; charset=utf-8",
                "<html><body><h1>404 Not Found</h1></body></html>");
    }

    private Response json(Request request, HttpExchange exchange) {
        JsonNode call;
        try {
            call = JSON.readTree(request.body());
        } catch (IOException e) {
            call = null;
        }
        if (call == null || !call.isObject()) {
            return reply("HTTP/1.1 200 OK", "application/json", "{\"result\":\"fail\"}");
        }
        String cmd = call.path("cmd").asText("");
        String session = call.path("session").asText("");
        if (!cmd.equals("login")) {
            return reply("HTTP/1.1 200 OK", "application/json",
                    "{\"result\":\"fail\",\"session\":\"" + Forms.json(session) + "\",\"data\":{\"reason\":\"Not authorized\"}}");
        }
        String response = call.path("response").asText("");
        if (response.isEmpty() || !SESSION.matcher(session).matches()) {
            return reply("HTTP/1.1 200 OK", "application/json", device.templates().render("blueiris/login_challenge.json",
                    Map.of("session", Nonces.hex(32))));
        }
        // the user name travels only inside the hash: an answer that fits no account counts under "(unknown)"
        String account = device.spec().username();
        boolean fits = Credentials.Digest.md5(account + ":" + session + ":" + device.spec().password())
                .equalsIgnoreCase(response);
        AuthOutcome outcome = device.login(LoginProtocol.HTTP_FORM, exchange.client(), fits ? account : "(unknown)",
                password -> fits);
        if (!outcome.accepted()) {
            return reply("HTTP/1.1 200 OK", "application/json", "{\"result\":\"fail\",\"session\":\"" + session
                    + "\",\"data\":{\"reason\":\"Invalid login\"}}");
        }
        return reply("HTTP/1.1 200 OK", "application/json", "{\"result\":\"success\",\"session\":\"" + session
                + "\",\"data\":{\"auth-exempt\":false,\"admin\":true,\"system name\":\"Blue Iris\",\"version\":\""
                + device.spec().firmware() + "\",\"license\":\"Blue Iris 5 Full\"}}");
    }

    private Response reply(String statusLine, String contentType, String body) {
        return Response.builder(statusLine).header("Server", "BlueServer/" + device.spec().firmware())
                .header("Date", WireDates.http(device.now())).header("Content-Type", contentType).contentLength()
                .header("Cache-Control", "no-cache").body(body);
    }
}
