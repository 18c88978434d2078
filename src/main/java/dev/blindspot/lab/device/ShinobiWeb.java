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
 * answer sample shinobi/api_monitor_not_authorized.json to a wrong key, Express's "Cannot GET" page otherwise. The
 * superuser (super.json) logs in on {@code /super} with form field {@code function=super} (Shinobi
 * libs/webServerPaths.js login handler, libs/auth/utils.js superLogin): the spec's account when its mail is the factory
 * {@value #FACTORY_SUPERUSER}, otherwise that factory mail with a password the installer changed; the superuser is not
 * a dashboard account.
 */
final class ShinobiWeb implements HttpHandler {

    private static final Pattern API = Pattern.compile(
            "^/[^/]{1,128}/(monitor|videos|events|smonitor|mp4|jpeg|hls|flv|mjpeg|configureMonitor)(/.*)?$");

    /** The mail of super.sample.json's superuser. */
    static final String FACTORY_SUPERUSER = "admin@shinobi.video";

    /**
     * Stands in for the language file the real answer starts with (definitions/en_CA.json, well over 64 KiB): so large
     * a bounded client never reads the {@code "ok": true} at the end. Built once, shared by every device.
     */
    private static final String LANG = java.util.stream.IntStream.range(0, 2400)
            .mapToObj(i -> "      \"Text " + i + "\": \"Text " + i + "\"")
            .collect(java.util.stream.Collectors.joining(",\n", "{\n", "\n   }"));

    private final SimDevice device;

    ShinobiWeb(SimDevice device) {
        this.device = device;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        String method = request.method();
        if ((path.equals("/") || path.equals("/super")) && method.equals("POST")) {
            return "super".equals(Forms.fields(request.bodyText()).get("function"))
                    ? superLogin(request, exchange) : login(request, exchange);
        }
        if ((path.equals("/") || path.equals("/dashboard-v2") || path.equals("/super"))
                && (method.equals("GET") || method.equals("HEAD"))) {
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
        // the superuser of super.json is no dashboard account
        boolean ok = !mail.isEmpty() && device.login(LoginProtocol.HTTP_FORM, exchange.client(), mail,
                superuserIsSpec() ? pw -> false : Forms.equalTo(form.getOrDefault("pass", ""))).accepted();
        if (json) {
            String body = ok ? "{\"ok\":true,\"$user\":{\"ke\":\"" + device.ids().alnum("shinobi-ke", 10)
                    + "\",\"uid\":\"" + device.ids().alnum("shinobi-uid", 10) + "\",\"mail\":\"" + Forms.json(mail)
                    + "\",\"auth_token\":\"" + device.ids().alnum("shinobi-token", 20) + "\"}}"
                    : device.templates().text("shinobi/not_authorized.json");
            return express("HTTP/1.1 200 OK", "application/json; charset=utf-8", body);
        }
        return express("HTTP/1.1 200 OK", "text/html; charset=utf-8", device.templates().text("shinobi/login.html"));
    }

    private boolean superuserIsSpec() {
        return FACTORY_SUPERUSER.equalsIgnoreCase(device.spec().username());
    }

    /**
     * The superuser login: mail compared case-insensitively, the password against super.json; with {@code ?json=true}
     * a refusal is {@code {"ok": false}} and a success the superuser page's data (language file first, the super.json
     * entry as {@code $user}, {@code "ok": true} last), written as Shinobi's prettyPrint (JSON, 3-space indent).
     */
    private Response superLogin(Request request, HttpExchange exchange) {
        Map<String, String> form = Forms.fields(request.bodyText());
        String mail = form.getOrDefault("mail", "");
        boolean json = request.query().map(Forms::fields).map(q -> "true".equals(q.get("json"))).orElse(false);
        boolean known = superuserIsSpec() && mail.equalsIgnoreCase(device.spec().username());
        boolean ok = !mail.isEmpty() && device.login(LoginProtocol.HTTP_FORM, exchange.client(),
                known ? device.spec().username() : mail,
                known ? Forms.equalTo(form.getOrDefault("pass", "")) : pw -> false).accepted();
        if (!json) {
            return express("HTTP/1.1 200 OK", "text/html; charset=utf-8", device.templates().text("shinobi/login.html"));
        }
        String body = ok ? device.templates().render("shinobi/super_ok.json", Map.of("lang", LANG, "mail",
                Forms.json(mail), "passHash", md5Hex(device.spec().password())))
                : "{\n   \"ok\": false\n}";
        return express("HTTP/1.1 200 OK", "application/json", body);
    }

    private static String md5Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 missing", e);
        }
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
