package dev.blindspot.protocol.discovery;

import dev.blindspot.inventory.DiscoveryReply;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * SSDP (UPnP discovery, HTTP over UDP port {@value #PORT}): the unicast M-SEARCH requests (layout of samples
 * upnp/ssdp_msearch_request_all.txt and _IGD.txt, with the target address as HOST since they go unicast) and the
 * parser of a {@code HTTP/1.1 200 OK} answer's SERVER, LOCATION, ST and USN headers (samples
 * upnp/ssdp_msearch_response_*). At most {@value #MAX_LINES} header lines, each value cut to {@value #MAX_LENGTH}.
 */
public final class SsdpSearch {

    public static final int PORT = 1900;
    public static final String ALL = "ssdp:all";
    public static final String IGD = "urn:schemas-upnp-org:device:InternetGatewayDevice:1";
    static final int MAX_LINES = 32;
    static final int MAX_LENGTH = 256;

    private SsdpSearch() {}

    /** {@code M-SEARCH * HTTP/1.1} for search target {@code st}, addressed to {@code host} (an IP literal). */
    public static byte[] request(String host, String st) {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return ("M-SEARCH * HTTP/1.1\r\nHOST: " + h + ":" + PORT + "\r\nST: " + st
                + "\r\nMAN: \"ssdp:discover\"\r\nMX: 2\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The answer's headers; empty when the datagram is not an SSDP {@code 200 OK} answer (e.g. a NOTIFY or a search). */
    public static Optional<DiscoveryReply.SsdpAnswer> parse(byte[] datagram) {
        String[] lines = new String(datagram, 0, Math.min(datagram.length, 8192), StandardCharsets.ISO_8859_1)
                .split("\r?\n", MAX_LINES + 1);
        if (!lines[0].strip().matches("HTTP/1\\.[01] 200( .*)?")) {
            return Optional.empty();
        }
        String server = "";
        String location = "";
        String st = "";
        String usn = "";
        for (int i = 1; i < Math.min(lines.length, MAX_LINES); i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String value = cut(lines[i].substring(colon + 1).strip());
            switch (lines[i].substring(0, colon).strip().toUpperCase(Locale.ROOT)) {
                case "SERVER" -> server = value;
                case "LOCATION" -> location = value;
                case "ST" -> st = value;
                case "USN" -> usn = value;
                default -> { }
            }
        }
        if (st.isEmpty() && usn.isEmpty() && location.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DiscoveryReply.SsdpAnswer(server, location, st, usn));
    }

    private static String cut(String v) {
        String printable = v.replaceAll("[\\x00-\\x1f\\x7f]", "");
        return printable.length() > MAX_LENGTH ? printable.substring(0, MAX_LENGTH) : printable;
    }
}
