package dev.blindspot.lab.device;

import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;

/**
 * A UniFi OS console running UniFi Protect (UNVR): the UniFi OS portal on 443 (its single-page shell, title "UniFi
 * OS", as quoted in public client tests) and the Protect application on 7443 (title "UniFi Protect", as field
 * notes record). The Protect API ({@code /proxy/protect/api/*}, the bootstrap of sample unifi/*) needs a session:
 * 401 without one. {@code POST /api/auth/login} with a JSON {@code username}/{@code password} is one counted attempt.
 * Nothing names the version without login. Page bodies beyond the titles are MODELLED.
 */
final class UnifiProtectWeb implements HttpHandler {

    private final SimDevice device;
    private final boolean protectPort;

    private UnifiProtectWeb(SimDevice device, boolean protectPort) {
        this.device = device;
        this.protectPort = protectPort;
    }

    static UnifiProtectWeb console(SimDevice device) {
        return new UnifiProtectWeb(device, false);
    }

    static UnifiProtectWeb protect(SimDevice device) {
        return new UnifiProtectWeb(device, true);
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        if (path.equals("/api/auth/login") && request.method().equals("POST")) {
            var body = Json.object(request.body());
            String user = body.map(b -> b.path("username").asText("")).orElse("");
            String password = body.map(b -> b.path("password").asText("")).orElse("");
            boolean ok = !user.isEmpty() && device.login(LoginProtocol.HTTP_FORM, exchange.client(), user,
                    Forms.equalTo(password)).accepted();
            return json(ok ? "HTTP/1.1 200 OK" : "HTTP/1.1 401 Unauthorized",
                    ok ? "{\"username\":\"" + Json.escape(user) + "\"}" : "{\"errors\":[\"Authentication Failed\"]}");
        }
        if (path.startsWith("/proxy/") || path.startsWith("/api/")) {
            return json("HTTP/1.1 401 Unauthorized", "{\"error\":\"Unauthorized\"}");
        }
        return Response.builder("HTTP/1.1 200 OK").header("Content-Type", "text/html; charset=utf-8").contentLength()
                .body(device.templates().text(protectPort ? "unifi/index_protect.html" : "unifi/index_unifios.html"));
    }

    private static Response json(String statusLine, String body) {
        return Response.builder(statusLine).header("Content-Type", "application/json; charset=utf-8").contentLength()
                .body(body);
    }
}
