package dev.blindspot.lab.device;

import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Set;

/**
 * nginx on port 80 as a reverse proxy in front of a VMS ({@code location / { proxy_pass http://frigate:5000; }}, the
 * setup of many forum guides): without {@code auth_basic} every request goes to the upstream and its answer comes
 * back as the upstream wrote it (Frigate's own nginx already says {@code Server: nginx}); with {@code auth_basic
 * "Restricted"} (the spec's {@code app.loginRequired}) nginx first answers its own 401 page with a Basic challenge,
 * counted as a login attempt, and forwards only requests carrying the spec's account. The weakness is planted for
 * the reverse-proxy-without-auth check.
 */
final class NginxReverseProxy implements HttpHandler {

    static final String REALM = "Restricted";

    private final SimDevice device;
    private final HttpHandler upstream;

    NginxReverseProxy(SimDevice device, HttpHandler upstream) {
        this.device = device;
        this.upstream = upstream;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        if (device.spec().app().loginRequired()) {
            AuthOutcome outcome = Logins.check(device, request, exchange.client(), Logins.Channel.HTTP,
                    Set.of(HttpAuth.BASIC), REALM);
            if (!outcome.accepted()) {
                return Nginx.head(device, "HTTP/1.1 401 Unauthorized", "text/html")
                        .header("WWW-Authenticate", "Basic realm=\"" + REALM + "\"")
                        .body(device.templates().render("nginx_error.html",
                                java.util.Map.of("status", "401 Authorization Required")));
            }
        }
        return upstream.handle(request, exchange);
    }

    @Override
    public Response badRequest() {
        return Nginx.error(device, 400, "Bad Request");
    }
}
