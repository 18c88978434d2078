package dev.blindspot.lab.device;

import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;

/**
 * The web server of a Reolink camera or NVR (ports 80 and 443): the web client page on {@code /} and the JSON API
 * on {@code /cgi-bin/api.cgi} (GET or POST), answered {@code 200} with {@code Content-Type: text/html} as the
 * captured API logs show. There is no HTTP authentication anywhere: logins are API commands.
 */
final class ReolinkWeb implements HttpHandler {

    static final String API_PATH = "/cgi-bin/api.cgi";

    private final SimDevice device;
    private final ReolinkApi api;

    ReolinkWeb(SimDevice device) {
        this.device = device;
        this.api = new ReolinkApi(device);
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        String path = request.path();
        String method = request.method();
        if (path.equals(API_PATH) && (method.equals("POST") || method.equals("GET"))) {
            return html("HTTP/1.1 200 OK", api.answer(request, exchange.client()));
        }
        if ((method.equals("GET") || method.equals("HEAD")) && (path.equals("/") || path.equals("/index.html"))) {
            return html("HTTP/1.1 200 OK", device.templates().text("reolink/index.html"));
        }
        if (path.startsWith("/conf/") && (method.equals("GET") || method.equals("HEAD"))) {
            return conf(path);
        }
        if (path.equals("/self.key") && (method.equals("GET") || method.equals("HEAD"))) {
            // CVE-2021-40149: the same firmware serves its TLS key from the web root (modelled placeholder key)
            device.countVulnerabilityProbe();
            if (dev.blindspot.lab.LabVulnerabilities.has(device.spec(), dev.blindspot.lab.LabVulnerabilities.REOLINK_40149)) {
                return Response.builder("HTTP/1.1 200 OK").header("Content-Type", "application/octet-stream")
                        .contentLength().body(device.templates().text("reolink/self.key"));
            }
        }
        return html("HTTP/1.1 404 Not Found", device.templates().text("reolink/404.html"));
    }

    /**
     * CVE-2021-40150: E1 Zoom firmware through 3.0.0.716 maps its {@code /conf/} directory (nginx.conf,
     * fastcgi.conf) to the web root ({@link dev.blindspot.lab.LabVulnerabilities}); later firmware answers 404.
     * The file is modelled (lab/reolink/conf_nginx.conf) on the advisory's description and the words the nuclei
     * template matches (server, listen, fastcgi); nginx serves the unknown {@code .conf} type as octet-stream.
     */
    private Response conf(String path) {
        device.countVulnerabilityProbe();
        boolean vulnerable = dev.blindspot.lab.LabVulnerabilities.has(device.spec(),
                dev.blindspot.lab.LabVulnerabilities.REOLINK_40150);
        if (vulnerable && (path.equals("/conf/nginx.conf") || path.equals("/conf/fastcgi.conf"))) {
            String file = path.equals("/conf/nginx.conf") ? "reolink/conf_nginx.conf" : "reolink/conf_fastcgi.conf";
            return Response.builder("HTTP/1.1 200 OK").header("Content-Type", "application/octet-stream")
                    .contentLength().body(device.templates().text(file));
        }
        return html("HTTP/1.1 404 Not Found", device.templates().text("reolink/404.html"));
    }

    private static Response html(String statusLine, String body) {
        return Response.builder(statusLine).header("Content-Type", "text/html").contentLength().body(body);
    }
}
