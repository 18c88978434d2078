package dev.blindspot.protocol.http;

import dev.blindspot.inventory.Header;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One HTTP/1.1 request to send. {@code Host}, {@code User-Agent}, {@code Accept-Encoding}, {@code Connection}
 * and {@code Content-Length} are always written by the client and may not appear in {@code headers}.
 *
 * @param address IP literal (or host name) to connect to
 * @param host    value of the Host header
 * @param body    request body; when present a Content-Length header is sent
 */
public record HttpRequestSpec(String address, int port, boolean tls, String method, String path,
                              List<Header> headers, Optional<byte[]> body, String host) {

    private static final Set<String> CLIENT_HEADERS =
            Set.of("host", "user-agent", "accept-encoding", "connection", "content-length", "transfer-encoding");

    public HttpRequestSpec {
        headers = List.copyOf(headers);
        body = body.map(byte[]::clone);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (!method.matches("[A-Z]{1,16}")) {
            throw new IllegalArgumentException("bad method: " + method);
        }
        if (!path.startsWith("/") || !printableNoSpace(path)) {
            throw new IllegalArgumentException("bad path: " + path);
        }
        if (!printable(host) || host.isEmpty()) {
            throw new IllegalArgumentException("bad host: " + host);
        }
        for (Header h : headers) {
            if (!h.name().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}") || !printable(h.value())) {
                throw new IllegalArgumentException("bad header: " + h.name());
            }
            if (CLIENT_HEADERS.contains(h.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header is set by the client: " + h.name());
            }
        }
    }

    /** A GET with the default Host value ({@link #defaultHost}). */
    public static HttpRequestSpec get(String address, int port, boolean tls, String path) {
        return new HttpRequestSpec(address, port, tls, "GET", path, List.of(), Optional.empty(),
                defaultHost(address, port, tls));
    }

    /** A POST of {@code body} with the default Host value. */
    public static HttpRequestSpec post(String address, int port, boolean tls, String path, List<Header> headers,
                                       byte[] body) {
        return new HttpRequestSpec(address, port, tls, "POST", path, headers, Optional.of(body),
                defaultHost(address, port, tls));
    }

    /** {@code address[:port]}, IPv6 literals bracketed, port left out when it is the scheme's default. */
    public static String defaultHost(String address, int port, boolean tls) {
        String a = address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
        return port == (tls ? 443 : 80) ? a : a + ":" + port;
    }

    private static boolean printable(String s) {
        return s.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f));
    }

    private static boolean printableNoSpace(String s) {
        return s.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }
}
