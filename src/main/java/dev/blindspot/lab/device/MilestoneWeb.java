package dev.blindspot.lab.device;

import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Milestone XProtect Mobile server, MODELLED from public documentation only (no capture exists; see
 * lab/SOURCES.md): the XProtect Web Client page on {@code /}, and the mobile protocol's command channel
 * {@code POST /XProtectMobile/Communication} where a {@code LogIn} command with {@code Username}/{@code Password}
 * parameters is one attempt. Served by Windows HTTP.sys, hence {@code Server: Microsoft-HTTPAPI/2.0}.
 */
final class MilestoneWeb implements HttpHandler {

    private static final Pattern NAME = Pattern.compile("<Name>([A-Za-z]{1,32})</Name>");
    private static final String PARAM = "<Param Name=\"%s\" Value=\"([^\"<>]{0,256})\"";

    private final SimDevice device;

    MilestoneWeb(SimDevice device) {
        this.device = device;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        boolean read = request.method().equals("GET") || request.method().equals("HEAD");
        if (path.equals("/XProtectMobile/Communication") && request.method().equals("POST")) {
            return command(request.bodyText(), exchange);
        }
        if (read && (path.equals("/") || path.equals("/index.html"))) {
            return reply("HTTP/1.1 200 OK", "text/html; charset=utf-8", device.templates().text("milestone/index.html"));
        }
        return reply("HTTP/1.1 404 Not Found", "text/html; charset=us-ascii",
                "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\r\n"
                        + "<HTML><HEAD><TITLE>Not Found</TITLE>\r\n"
                        + "<META HTTP-EQUIV=\"Content-Type\" Content=\"text/html; charset=us-ascii\"></HEAD>\r\n"
                        + "<BODY><h2>Not Found</h2>\r\n<hr><p>HTTP Error 404. The requested resource is not found.</p>\r\n"
                        + "</BODY></HTML>\r\n");
    }

    private Response command(String xml, HttpExchange exchange) {
        String name = find(NAME, xml).orElse("");
        String result;
        if (name.equals("LogIn")) {
            String user = param(xml, "Username").orElse("");
            String password = param(xml, "Password").orElse("");
            boolean ok = !user.isEmpty() && device.login(LoginProtocol.HTTP_FORM, exchange.client(), user,
                    Forms.equalTo(password)).accepted();
            result = ok ? "<Result>OK</Result>" : "<Result>Error</Result><ErrorCode>28</ErrorCode>";
        } else if (name.equals("Connect")) {
            result = "<Result>OK</Result>";
        } else {
            result = "<Result>Error</Result><ErrorCode>26</ErrorCode>";
        }
        String body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Communication><ConnectionId>"
                + device.ids().hex("xp-conn", 32) + "</ConnectionId><Command SequenceId=\"1\"><Type>Response</Type>"
                + "<Name>" + name + "</Name>" + result + "</Command></Communication>";
        return reply("HTTP/1.1 200 OK", "text/xml; charset=utf-8", body);
    }

    private static Optional<String> param(String xml, String name) {
        return find(Pattern.compile(String.format(PARAM, name)), xml);
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private Response reply(String statusLine, String contentType, String body) {
        return Response.builder(statusLine).header("Content-Type", contentType)
                .header("Server", "Microsoft-HTTPAPI/2.0").header("Date", WireDates.http(device.now()))
                .contentLength().body(body);
    }
}
