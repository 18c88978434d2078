package dev.blindspot.lab.device;

import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Shinobi CE on Node/Express (see lab/SOURCES.md): the login page on {@code /}, {@code POST /} with {@code mail}
 * and {@code pass} as the dashboard login (JSON with {@code ?json=true}), API routes {@code /<apiKey>/...} that
 * answer sample shinobi/api_monitor_not_authorized.json to a wrong key, Express's "Cannot GET" page otherwise.
 */
final class ShinobiWeb implements HttpHandler {

    private static final Pattern API = Pattern.compile(
            "^/[^/]{1,128}/(monitor|videos|events|smonitor|mp4|jpeg|hls|flv|mjpeg|configureMonitor)(/.*)?$");

    private final SimDevice device;

    ShinobiWeb(SimDevice device) {
        this.device = device;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        String method = request.method();
        if (path.equals("/") && method.equals("POST")) {
            return login(request, exchange);
        }
        if ((path.equals("/") || path.equals("/dashboard-v2")) && (method.equals("GET") || method.equals("HEAD"))) {
            return express("HTTP/1.1 200 OK", "text/html; charset=utf-8", device.templates().text("shinobi/login.html"));
        }
        if (API.matcher(path).matches()) {
            return express("HTTP/1.1 200 OK", "application/json; charset=utf-8",
                    device.templates().text("shinobi/not_authorized.json"));
        }
        return express("HTTP/1.1 404 Not Found", "text/html; charset=utf-8", device.templates().render(
                "shinobi/cannot.html", Map.of("method", Html.escape(method), "path", Html.escape(path))));
    }

    private Response login(Request request, HttpExchange exchange) {
        Map<String, String> form = Forms.fields(request.bodyText());
        String mail = form.getOrDefault("mail", "");
        boolean json = request.query().map(Forms::fields).map(q -> "true".equals(q.get("json"))).orElse(false);
        boolean ok = !mail.isEmpty() && device.login(LoginProtocol.HTTP_FORM, exchange.client(), mail,
                Forms.equalTo(form.getOrDefault("pass", ""))).accepted();
        if (json) {
            String body = ok ? "{\"ok\":true,\"$user\":{\"ke\":\"" + device.ids().alnum("shinobi-ke", 10)
                    + "\",\"uid\":\"" + device.ids().alnum("shinobi-uid", 10) + "\",\"mail\":\"" + Forms.json(mail)
                    + "\",\"auth_token\":\"" + device.ids().alnum("shinobi-token", 20) + "\"}}"
                    : device.templates().text("shinobi/not_authorized.json");
            return express("HTTP/1.1 200 OK", "application/json; charset=utf-8", body);
        }
        return express("HTTP/1.1 200 OK", "text/html; charset=utf-8", device.templates().text("shinobi/login.html"));
    }

    /** Express's default header order, ETag as its weak length-hash form. */
    private Response express(String statusLine, String contentType, String body) {
        Response.Builder b = Response.builder(statusLine).header("X-Powered-By", "Express");
        if (statusLine.contains(" 404 ")) {
            b.header("Content-Security-Policy", "default-src 'none'").header("X-Content-Type-Options", "nosniff");
        }
        b.header("Content-Type", contentType).contentLength();
        if (!statusLine.contains(" 404 ")) {
            b.header("ETag", "W/\"" + Integer.toHexString(body.length()) + "-"
                    + device.ids().alnum("etag" + body.length(), 27) + "\"");
        }
        return b.header("Date", WireDates.http(device.now())).header("Connection", "keep-alive")
                .header("Keep-Alive", "timeout=5").body(body);
    }
}
