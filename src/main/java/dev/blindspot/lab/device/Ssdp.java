package dev.blindspot.lab.device;

import dev.blindspot.lab.server.DatagramHandler;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The router's SSDP responder on UDP 1900 of its own loopback address: a unicast {@code M-SEARCH * HTTP/1.1}
 * with {@code MAN: "ssdp:discover"} and a search target the IGD has gets one answer in miniupnpd's layout
 * (samples upnp/ssdp_msearch_response_*_miniupnpd.http) without the UPnP 1.1 headers, since this fork says
 * UPnP/1.0. Anything else gets silence, as on a real router.
 */
final class Ssdp implements DatagramHandler {

    private static final String IGD = "urn:schemas-upnp-org:device:InternetGatewayDevice:1";
    private static final int MAX_LINES = 32;

    private final SimDevice device;
    private final UpnpIgd igd;
    private final int httpPort;

    Ssdp(SimDevice device, UpnpIgd igd, int httpPort) {
        this.device = device;
        this.igd = igd;
        this.httpPort = httpPort;
    }

    @Override
    public Optional<byte[]> answer(byte[] datagram, InetSocketAddress from) {
        String[] lines = new String(datagram, StandardCharsets.ISO_8859_1).split("\r?\n", MAX_LINES + 1);
        if (lines.length == 0 || !lines[0].trim().equals("M-SEARCH * HTTP/1.1")) {
            return Optional.empty();
        }
        String st = null;
        boolean discover = false;
        for (int i = 1; i < Math.min(lines.length, MAX_LINES); i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).trim().toUpperCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            if (name.equals("ST")) {
                st = value;
            } else if (name.equals("MAN")) {
                discover = value.equals("\"ssdp:discover\"");
            }
        }
        if (!discover || st == null) {
            return Optional.empty();
        }
        return target(st).map(t -> response(t[0], t[1]).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** {ST to answer with, USN suffix}; ssdp:all is answered as the root device. */
    private Optional<String[]> target(String st) {
        String root = "uuid:" + igd.udn(1);
        return switch (st) {
            case "ssdp:all", "upnp:rootdevice" -> Optional.of(new String[] {"upnp:rootdevice", "upnp:rootdevice"});
            case IGD -> Optional.of(new String[] {IGD, IGD});
            case "urn:schemas-upnp-org:service:WANIPConnection:1", "urn:schemas-upnp-org:device:WANDevice:1",
                 "urn:schemas-upnp-org:device:WANConnectionDevice:1",
                 "urn:schemas-upnp-org:service:WANCommonInterfaceConfig:1",
                 "urn:schemas-upnp-org:service:Layer3Forwarding:1" -> Optional.of(new String[] {st, st});
            default -> st.equals(root) ? Optional.of(new String[] {st, ""}) : Optional.empty();
        };
    }

    private String response(String st, String usnSuffix) {
        String usn = "uuid:" + igd.udn(1) + (usnSuffix.isEmpty() ? "" : "::" + usnSuffix);
        return "HTTP/1.1 200 OK\r\n"
                + "CACHE-CONTROL: max-age=120\r\n"
                + "ST: " + st + "\r\n"
                + "USN: " + usn + "\r\n"
                + "EXT:\r\n"
                + "SERVER: " + igd.server() + "\r\n"
                + "LOCATION: http://" + device.host() + ":" + httpPort + "/rootDesc.xml\r\n"
                + "\r\n";
    }
}
