package dev.blindspot.lab.device;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.server.HttpExchange;
import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.Request;
import dev.blindspot.lab.server.Response;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Synology DSM with Surveillance Station on 5000 (HTTP) and 5001 (HTTPS). {@code /webapi/query.cgi} answers the
 * {@code SYNO.API.Info} directory without login, filtered by {@code query} (a comma list of API names, or
 * {@code all}) from the captured directory (sample synology/SYNO.API.Info_subset_auth_and_SS.json: the Auth and
 * Surveillance Station entries of a DSM 6 directory); another {@code api} gets the error-102 envelope.
 * {@code /webapi/auth.cgi} {@code SYNO.API.Auth} {@code login} with {@code account}/{@code passwd} is one counted
 * attempt (error 400 on failure, as the sample). The login page on {@code /} is MODELLED (title only).
 */
final class SynologyWeb implements HttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SimDevice device;

    SynologyWeb(SimDevice device) {
        this.device = device;
    }

    @Override
    public Response handle(Request request, HttpExchange exchange) {
        Query query = Query.parse(request.query());
        return switch (request.path()) {
            case "/webapi/query.cgi" -> json(query.get("api").orElse("").equals("SYNO.API.Info")
                    ? directory(query.get("query").orElse("all"))
                    : device.templates().text("synology/SYNO.API_error_102_api_not_exists.json"));
            case "/webapi/auth.cgi" -> json(login(query, exchange));
            case "/", "/index.cgi" -> Response.builder("HTTP/1.1 200 OK").header("Content-Type", "text/html")
                    .contentLength().body("<!DOCTYPE html><html><head><title>Synology DiskStation</title></head>"
                            + "<body></body></html>");
            default -> Response.builder("HTTP/1.1 404 Not Found").header("Content-Type", "text/html")
                    .contentLength().body("");
        };
    }

    private String directory(String names) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(
                    device.templates().text("synology/SYNO.API.Info_subset_auth_and_SS.json"));
            if (!names.equalsIgnoreCase("all")) {
                ObjectNode data = (ObjectNode) root.get("data");
                var wanted = Arrays.asList(names.split(","));
                for (Iterator<String> it = data.fieldNames(); it.hasNext(); ) {
                    if (!wanted.contains(it.next())) {
                        it.remove();
                    }
                }
            }
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad lab template synology directory", e);
        }
    }

    private String login(Query query, HttpExchange exchange) {
        if (!query.get("api").orElse("").equals("SYNO.API.Auth") || !query.get("method").orElse("").equals("login")) {
            return device.templates().text("synology/SYNO.API_error_102_api_not_exists.json");
        }
        String account = query.get("account").orElse("");
        boolean ok = !account.isEmpty() && device.login(LoginProtocol.HTTP_FORM, exchange.client(), account,
                Forms.equalTo(query.get("passwd").orElse(""))).accepted();
        if (!ok) {
            return device.templates().text("synology/SYNO.API.Auth_login_error_400_invalid_credentials.json");
        }
        return "{\"data\":{\"is_portal_port\":false,\"sid\":\"" + device.ids().alnum("syno-sid", 22)
                + "\"},\"success\":true}";
    }

    private static Response json(String body) {
        return Response.builder("HTTP/1.1 200 OK").header("Content-Type", "application/json; charset=\"UTF-8\"")
                .contentLength().body(body);
    }
}
