package dev.blindspot.protocol.rtsp;

import java.net.Inet6Address;
import java.net.InetAddress;

/** Builds {@code rtsp://} request URIs from an address literal (never a name), bracketing IPv6. */
public final class RtspUri {

    private RtspUri() {
    }

    /**
     * @param path absolute path, optionally with a query ({@code /cam/realmonitor?channel=1})
     * @return e.g. {@code rtsp://192.0.2.1:554/live} or {@code rtsp://[::1]:554/live}
     */
    public static String of(InetAddress address, int port, String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("RTSP path must start with '/': " + path);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return "rtsp://" + host(address) + ":" + port + path;
    }

    /** The host part: the literal address, IPv6 in brackets with a zone id escaped as {@code %25} (RFC 6874). */
    static String host(InetAddress address) {
        String literal = address.getHostAddress();
        return address instanceof Inet6Address ? "[" + literal.replace("%", "%25") + "]" : literal;
    }
}
