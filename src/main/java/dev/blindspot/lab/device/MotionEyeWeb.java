package dev.blindspot.lab.device;

import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Map;

/**
 * motionEye on Tornado (see lab/SOURCES.md): {@code Server: motionEye/<version>}, the UI page on {@code /}, and
 * signed requests: {@code GET /login/?_username=..&_login=true&_signature=..} is the login (one attempt each);
 * a wrong signature, and every API call without one, gets the 403 JSON of sample motioneye/login_403_unauthorized.json.
 */
final class MotionEyeWeb implements HttpHandler {

    private final SimDevice device;

    MotionEyeWeb(SimDevice device) {
        this.device = device;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        boolean read = request.method().equals("GET") || request.method().equals("HEAD");
        if (read && path.equals("/")) {
            return tornado("HTTP/1.1 200 OK", "text/html; charset=UTF-8", device.templates().render(
                    "motioneye/main.html", Map.of("version", device.spec().firmware())));
        }
        if (path.equals("/login") || path.equals("/login/")) {
            return login(request, exchange);
        }
        if (path.startsWith("/config/") || path.startsWith("/picture/") || path.startsWith("/movie/")
                || path.startsWith("/action/") || path.startsWith("/update/") || path.startsWith("/power/")) {
            return unauthorized();
        }
        return tornado("HTTP/1.1 404 Not Found", "text/html; charset=UTF-8",
                "<html><title>404: Not Found</title><body>404: Not Found</body></html>");
    }

    private Response login(Request request, HttpExchange exchange) {
        Map<String, String> query = request.query().map(Forms::fields).orElse(Map.of());
        String user = query.getOrDefault("_username", "");
        String signature = query.getOrDefault("_signature", "");
        if (user.isEmpty() || user.equals("_") || !"true".equals(query.get("_login"))) {
            return unauthorized();
        }
        String body = request.bodyText();
        AuthOutcome outcome = device.login(LoginProtocol.HTTP_FORM, exchange.client(), user, password ->
                signedWith(request, body, password, signature)
                        || signedWith(request, body, MotionEyeSignature.sha1(password), signature));
        return outcome.accepted() ? tornado("HTTP/1.1 200 OK", "application/json", "{}") : unauthorized();
    }

    private static boolean signedWith(Request request, String body, String key, String signature) {
        return java.security.MessageDigest.isEqual(
                MotionEyeSignature.compute(request.method(), request.pathAndQuery(), body, key).getBytes(),
                signature.toLowerCase(java.util.Locale.ROOT).getBytes());
    }

    private Response unauthorized() {
        return tornado("HTTP/1.1 403 Forbidden", "application/json",
                device.templates().text("motioneye/unauthorized.json"));
    }

    private Response tornado(String statusLine, String contentType, String body) {
        return Response.builder(statusLine).header("Server", "motionEye/" + device.spec().firmware())
                .header("Content-Type", contentType).header("Date", WireDates.http(device.now())).contentLength()
                .body(body);
    }
}
