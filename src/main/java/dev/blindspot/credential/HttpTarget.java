package dev.blindspot.credential;

/**
 * Where one HTTP login attempt goes.
 *
 * @param address an IP address literal (never a name: no DNS lookups)
 * @param path    the request path, with query if any; it must demand Basic or Digest authentication
 */
public record HttpTarget(String address, int port, boolean tls, String path) {

    public HttpTarget {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
    }
}
