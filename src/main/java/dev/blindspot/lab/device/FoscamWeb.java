package dev.blindspot.lab.device;

import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Map;
import java.util.Set;

/**
 * The thttpd web server of a Foscam FI8620 (HiIpcam / hi3510 platform) on port 80: the whole site, {@code /}
 * included, is behind Basic realm {@code index.html}; the hi3510 CGIs ({@code /web/cgi-bin/hi3510/param.cgi}, the
 * API ZoneMinder's FI8620 module drives with Basic auth) answer {@code var name="value";} lines. Header layout and
 * error pages are thttpd's ({@code send_mime}/{@code send_response}): the client's protocol version echoed,
 * {@code Connection: close}, no length on error pages.
 */
final class FoscamWeb implements HttpHandler {

    static final String SERVER = "thttpd";
    static final String REALM = "index.html";
    private static final String ADDRESS = "http://www.acme.com/software/thttpd/";
    private static final Set<String> CGI = Set.of("/web/cgi-bin/hi3510/param.cgi", "/cgi-bin/hi3510/param.cgi");

    private final SimDevice device;

    FoscamWeb(SimDevice device) {
        this.device = device;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        AuthOutcome outcome = Logins.check(device, request, exchange.client(), Logins.Channel.HTTP,
                Set.of(device.spec().httpAuth()), REALM);
        if (!outcome.accepted()) {
            String challenge = device.spec().httpAuth() == HttpAuth.BASIC ? "Basic realm=\"" + REALM + "\""
                    : "Digest realm=\"" + REALM + "\", nonce=\"" + Nonces.hex(32) + "\", qop=\"auth\"";
            return error(request, 401, "Unauthorized", "Authorization required for the URL '%s'.\n", challenge);
        }
        String path = request.path();
        if (path.equals("/") || path.equals("/index.html")) {
            return ok(request, "text/html", device.templates().text("foscam/index.html"), true);
        }
        if (CGI.contains(path) && Query.parse(request.query()).get("cmd").orElse("").equals("getserverinfo")) {
            return ok(request, "text/html", device.templates().render("foscam/getserverinfo.txt", Map.of(
                    "model", device.spec().model(), "firmware", device.spec().firmware(),
                    "name", device.ids().alnum("name", 6))), false);
        }
        return error(request, 404, "Not Found", "The requested URL '%s' was not found on this server.\n", null);
    }

    private Response ok(Request request, String type, String body, boolean withLength) {
        Response.Builder builder = mime(request, 200, "OK", type);
        if (withLength) {
            builder.contentLength();
        }
        return builder.body(body);
    }

    private Response error(Request request, int status, String title, String form, String challenge) {
        Response.Builder builder = mime(request, status, title, "text/html");
        if (challenge != null) {
            builder.header("WWW-Authenticate", challenge);
        }
        String url = Html.escape(request.pathAndQuery());
        return builder.body("<HTML><HEAD><TITLE>" + status + " " + title + "</TITLE></HEAD>\n<BODY><H2>" + status
                + " " + title + "</H2>\n" + form.formatted(url.length() > 80 ? url.substring(0, 80) : url)
                + "<HR>\n<ADDRESS><A HREF=\"" + ADDRESS + "\">" + SERVER + "</A></ADDRESS>\n</BODY></HTML>\n");
    }

    private Response.Builder mime(Request request, int status, String title, String type) {
        String now = WireDates.http(device.now());
        String protocol = request.version().length() > 20 ? request.version().substring(0, 20) : request.version();
        return Response.builder(protocol + " " + status + " " + title).header("Server", SERVER)
                .header("Content-type", type).header("Date", now).header("Last-modified", now)
                .header("Accept-Ranges", "bytes").header("Connection", "close");
    }
}
