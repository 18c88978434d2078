package dev.blindspot.lab.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Frigate's nginx front (see lab/SOURCES.md). The same application answers on two ports: the internal port 5000
 * serves UI and API to anyone; the TLS port 8971 serves the UI shell to anyone but the API only with the
 * {@code frigate_token} cookie from {@code POST /api/login} (or to anyone when {@code auth.enabled} is off).
 * Unknown UI paths fall back to the SPA shell ({@code try_files ... /index.html}); POST to them is nginx's 405.
 */
final class FrigateWeb implements HttpHandler {

    /** Port 5000: no authentication at all. */
    static FrigateWeb internal(SimDevice device) {
        return new FrigateWeb(device, false, false);
    }

    /** Port 8971: TLS, login per {@code auth.enabled}. */
    static FrigateWeb authenticated(SimDevice device) {
        return new FrigateWeb(device, true, device.spec().app().loginRequired());
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COOKIE = "frigate_token";

    private final SimDevice device;
    private final boolean tls;
    private final boolean checkAuth;

    private FrigateWeb(SimDevice device, boolean tls, boolean checkAuth) {
        this.device = device;
        this.tls = tls;
        this.checkAuth = checkAuth;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        boolean read = request.method().equals("GET") || request.method().equals("HEAD");
        if (path.equals("/api/login") && request.method().equals("POST")) {
            return login(request, exchange);
        }
        if (path.startsWith("/api/")) {
            if (checkAuth && !hasToken(request)) {
                return Nginx.error(device, 401, "Unauthorized");
            }
            return api(path, read);
        }
        if (!read) {
            return Nginx.error(device, 405, "Not Allowed");
        }
        return ok("text/html", device.templates().text("frigate/index.html"));
    }

    private Response api(String path, boolean read) {
        if (!read) {
            return json("HTTP/1.1 405 Method Not Allowed", "{\"detail\":\"Method Not Allowed\"}");
        }
        return switch (path) {
            case "/api/version" -> ok("text/plain; charset=utf-8", device.spec().firmware());
            case "/api/config" -> ok("application/json", device.templates().text("frigate/api_config.json"));
            case "/api/stats" -> ok("application/json", device.templates().render("frigate/api_stats.json",
                    Map.of("version", device.spec().firmware())));
            default -> json("HTTP/1.1 404 Not Found", "{\"detail\":\"Not Found\"}");
        };
    }

    /** {@code {"user": ..., "password": ...}}; every POST with a user name is one attempt. */
    private Response login(Request request, HttpExchange exchange) {
        Optional<JsonNode> body = parse(request.body());
        String user = body.map(b -> b.path("user").asText("")).orElse("");
        String password = body.map(b -> b.path("password").asText("")).orElse("");
        if (user.isEmpty()) {
            return json("HTTP/1.1 422 Unprocessable Entity",
                    "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"user\"],\"msg\":\"Field required\"}]}");
        }
        AuthOutcome outcome = device.login(LoginProtocol.HTTP_FORM, exchange.client(), user,
                expected -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        password.getBytes(StandardCharsets.UTF_8)));
        if (!outcome.accepted()) {
            return json("HTTP/1.1 401 Unauthorized", "{\"message\":\"Login failed\"}");
        }
        return Nginx.head(device, "HTTP/1.1 200 OK", "application/json")
                .header("Set-Cookie", COOKIE + "=" + token() + "; HttpOnly; Path=/; SameSite=lax; Secure")
                .body("{}");
    }

    private boolean hasToken(Request request) {
        String expected = COOKIE + "=" + token();
        return request.header("Cookie").map(c -> {
            for (String part : c.split(";")) {
                if (MessageDigest.isEqual(part.trim().getBytes(StandardCharsets.UTF_8),
                        expected.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        }).orElse(false);
    }

    /** One session token per device, derived from its identity (a real unit signs a JWT). */
    private String token() {
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + device.ids().hex("frigate-jwt", 40);
    }

    private Response ok(String contentType, String body) {
        Response.Builder head = Nginx.head(device, "HTTP/1.1 200 OK", contentType);
        return (tls ? head.header("Strict-Transport-Security", "max-age=63072000") : head).body(body);
    }

    private Response json(String statusLine, String body) {
        return Nginx.head(device, statusLine, "application/json").body(body);
    }

    private static Optional<JsonNode> parse(byte[] body) {
        try {
            return body.length == 0 ? Optional.empty() : Optional.ofNullable(JSON.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
