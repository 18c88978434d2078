package dev.blindspot.lab.device;

import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Map;

/**
 * ZoneMinder behind nginx and PHP-FPM (headers of sample zoneminder/http_401_api_not_authenticated_nginx.http).
 * {@code /} is nginx's welcome page: the application lives under {@code /zm/}. With {@code OPT_USE_AUTH} off the
 * console and the API answer anyone; with it on, {@code /zm/} is the login form and the API answers 401 until
 * {@code POST /zm/api/host/login.json} (or the web form) succeeds. Both logins count as attempts.
 */
final class ZoneMinderWeb implements HttpHandler {

    private static final String JSON = "application/json; charset=UTF-8";
    private static final String PHP = "PHP/7.2.25";

    private final SimDevice device;

    ZoneMinderWeb(SimDevice device) {
        this.device = device;
    }

    private boolean auth() {
        return device.spec().app().loginRequired();
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        boolean read = request.method().equals("GET") || request.method().equals("HEAD");
        if (path.equals("/zm/api/host/login.json") && request.method().equals("POST")) {
            return apiLogin(request, exchange);
        }
        if (path.startsWith("/zm/api/")) {
            if (auth() && !hasToken(request)) {
                return apiError(401, "Unauthorized", "Not Authenticated", path);
            }
            if (path.equals("/zm/api/host/getVersion.json") && read) {
                return json("HTTP/1.1 200 OK", "{\"version\":\"" + version() + "\",\"apiversion\":\"2.0\"}");
            }
            return apiError(404, "Not Found", "Not Found", path);
        }
        if (path.equals("/zm")) {
            return Nginx.head(device, "HTTP/1.1 301 Moved Permanently", "text/html")
                    .header("Location", "/zm/").body(device.templates().render("nginx_error.html",
                            Map.of("status", "301 Moved Permanently")));
        }
        if (path.equals("/zm/") || path.equals("/zm/index.php")) {
            if (request.method().equals("POST")) {
                return webLogin(request, exchange);
            }
            return read ? page(auth() ? "Login" : "Console", "") : Nginx.error(device, 405, "Not Allowed");
        }
        if (!read) {
            return Nginx.error(device, 405, "Not Allowed");
        }
        if (path.equals("/") || path.equals("/index.html")) {
            return Nginx.head(device, "HTTP/1.1 200 OK", "text/html")
                    .body(device.templates().text("nginx_welcome.html"));
        }
        return Nginx.error(device, 404, "Not Found");
    }

    private Response apiLogin(Request request, HttpExchange exchange) {
        Map<String, String> form = Forms.fields(request.bodyText());
        String user = form.getOrDefault("user", form.getOrDefault("username", ""));
        String pass = form.getOrDefault("pass", form.getOrDefault("password", ""));
        if (!auth()) {
            if (!user.isEmpty()) {
                device.ledger().record(LoginProtocol.HTTP_FORM, user, true);
            }
            return json("HTTP/1.1 200 OK", "{\"credentials\":\"\",\"append_password\":0,\"version\":\""
                    + version() + "\",\"apiversion\":\"2.0\"}");
        }
        if (user.isEmpty()) {
            return apiError(401, "Unauthorized", "Not Authenticated", request.path());
        }
        AuthOutcome outcome = device.login(LoginProtocol.HTTP_FORM, exchange.client(), user, Forms.equalTo(pass));
        if (!outcome.accepted()) {
            return apiError(401, "Unauthorized", "Login denied for user \"" + user + "\"", request.path());
        }
        return json("HTTP/1.1 200 OK", "{\"access_token\":\"" + token() + "\",\"access_token_expires\":3600,"
                + "\"refresh_token\":\"" + refreshToken() + "\",\"refresh_token_expires\":86400,"
                + "\"credentials\":\"auth=" + device.ids().hex("zm-auth", 32) + "\",\"append_password\":0,"
                + "\"version\":\"" + version() + "\",\"apiversion\":\"2.0\"}");
    }

    private Response webLogin(Request request, HttpExchange exchange) {
        Map<String, String> form = Forms.fields(request.bodyText());
        String user = form.getOrDefault("username", "");
        if (!auth() || !"login".equals(form.get("action")) || user.isEmpty()) {
            return page(auth() ? "Login" : "Console", "");
        }
        AuthOutcome outcome = device.login(LoginProtocol.HTTP_FORM, exchange.client(), user,
                Forms.equalTo(form.getOrDefault("password", "")));
        if (!outcome.accepted()) {
            return page("Login", "Invalid username or password.");
        }
        return Nginx.head(device, "HTTP/1.1 302 Found", "text/html; charset=UTF-8")
                .header("X-Powered-By", PHP)
                .header("Set-Cookie", "ZMSESSID=" + device.ids().hex("zm-session", 26) + "; path=/; HttpOnly")
                .header("Location", "?view=console").noBody();
    }

    private Response page(String view, String error) {
        String content = view.equals("Login")
                ? device.templates().render("zoneminder/login_form.html", Map.of("error", Html.escape(error)))
                : device.templates().render("zoneminder/console_body.html", Map.of("version", version()));
        return Nginx.head(device, "HTTP/1.1 200 OK", "text/html; charset=UTF-8").header("X-Powered-By", PHP)
                .body(device.templates().render("zoneminder/console.html", Map.of("view", view, "content", content)));
    }

    private Response apiError(int code, String reason, String message, String path) {
        return json("HTTP/1.1 " + code + " " + reason, device.templates().render("zoneminder/api_error.json",
                Map.of("message", Forms.phpJson(message), "url", Forms.phpJson(path), "code", Integer.toString(code),
                        "exception", code == 401 ? "UnauthorizedException" : "NotFoundException")));
    }

    private Response json(String statusLine, String body) {
        return Nginx.head(device, statusLine, JSON).header("X-Powered-By", PHP).body(body);
    }

    private boolean hasToken(Request request) {
        return request.query().map(Forms::fields).map(f -> token().equals(f.get("token"))).orElse(false);
    }

    private String token() {
        return "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9." + device.ids().hex("zm-access", 48);
    }

    private String refreshToken() {
        return "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9." + device.ids().hex("zm-refresh", 48);
    }

    private String version() {
        return device.spec().firmware();
    }
}
