package dev.blindspot.lab.server;

import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.Headers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP or RTSP request as received (bounded by the reader's limits).
 *
 * @param target the request target as sent: {@code /path?query} or an absolute {@code rtsp://host:port/path}
 */
public record Request(String method, String target, String version, Headers headers, byte[] body) {

    public Request {
        body = body.clone();
    }

    public static Request of(String method, String target, String version, List<Header> headers, byte[] body) {
        return new Request(method, target, version, Headers.of(headers), body);
    }

    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /** The path of the target without scheme, authority and query ({@code /} when empty). */
    public String path() {
        String rest = withoutAuthority();
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }

    /** The query string without '?', if any. */
    public Optional<String> query() {
        String rest = withoutAuthority();
        int q = rest.indexOf('?');
        return q < 0 ? Optional.empty() : Optional.of(rest.substring(q + 1));
    }

    /** Path plus query, without scheme and authority. */
    public String pathAndQuery() {
        return withoutAuthority();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    private String withoutAuthority() {
        String t = target;
        int scheme = t.indexOf("://");
        if (scheme > 0 && scheme < 10) {
            int slash = t.indexOf('/', scheme + 3);
            t = slash < 0 ? "/" : t.substring(slash);
        }
        return t.isEmpty() ? "/" : t;
    }
}
