package dev.blindspot.credential;

/**
 * Where one login attempt of a {@link LoginModule} goes.
 *
 * @param address     an IP address literal (never a name: no DNS lookups)
 * @param path        the request path or route ({@code /} when the protocol has none)
 * @param detail      module-specific facts learnt while planning (e.g. an RTSP device checks credentials before it
 *                    looks a path up; an ONVIF device's clock offset); empty when none
 */
public record LoginTarget(String address, int port, boolean tls, String path, String detail) {

    public LoginTarget {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
    }

    public LoginTarget(String address, int port, boolean tls, String path) {
        this(address, port, tls, path, "");
    }

    static LoginTarget of(HttpTarget t) {
        return new LoginTarget(t.address(), t.port(), t.tls(), t.path());
    }

    HttpTarget http() {
        return new HttpTarget(address, port, tls, path);
    }
}
