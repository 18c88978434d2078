package dev.blindspot.lab.device;

import dev.blindspot.lab.server.DatagramHandler;
import dev.blindspot.protocol.xml.SafeXml;
import dev.blindspot.protocol.xml.XmlRejectedException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3c.dom.Element;

/**
 * A camera's WS-Discovery target service on UDP 3702 of its own loopback address: a Probe whose Types are empty or
 * name {@code NetworkVideoTransmitter} / {@code Device} gets one ProbeMatches, related to the Probe's MessageID, in the
 * gSOAP layout of sample onvif/agsh_mockup_Probe.xml, with the vendor's scopes ({@link #scopes}); anything else gets
 * silence, as on a real camera.
 */
final class WsDiscoveryResponder implements DatagramHandler {

    private final SimDevice device;
    private final List<String> scopes;
    private final int onvifPort;
    private final AtomicInteger messageNumber = new AtomicInteger();

    WsDiscoveryResponder(SimDevice device, List<String> scopes, int onvifPort) {
        this.device = device;
        this.scopes = List.copyOf(scopes);
        this.onvifPort = onvifPort;
    }

    /**
     * The scopes a vendor's firmware announces. Hikvision: captured ProbeMatches of a DS-2CD2385G1-I and a
     * DS-2CD3955FWD-IWS (code index files 28717267299, 15476619742). Dahua (and its OEM brands): captured ProbeMatch of
     * an IPC-HFW2228M-I1-V2 (file 41621192913). Axis, Reolink and the white-label gSOAP camera: modelled on published
     * test fixtures and gSOAP sample servers (lab/SOURCES.md).
     */
    static List<String> scopes(String family, String name, String model) {
        String o = "onvif://www.onvif.org/";
        String m = encode(model);
        return switch (family) {
            case "hikvision" -> List.of(o + "type/video_encoder", o + "Profile/Streaming", o + "hardware/" + m,
                    o + "name/HIKVISION%20" + m, o + "location/city/hangzhou");
            case "dahua" -> List.of(o + "location/country/china", o + "name/" + encode(name), o + "hardware/" + m,
                    o + "Profile/Streaming", o + "type/Network_Video_Transmitter", o + "extension/unique_identifier");
            case "axis" -> List.of(o + "Profile/Streaming", o + "Profile/G", o + "hardware/" + m,
                    o + "name/AXIS%20" + m, o + "Profile/T", o + "location/");
            case "reolink" -> List.of(o + "name/Reolink%20" + m, o + "hardware/" + m, o + "location/unknown",
                    o + "Profile/Streaming");
            case "generic" -> List.of(o + "type/video_encoder", o + "type/audio_encoder", o + "hardware/" + m,
                    o + "location/country/china", o + "name/IPCAM");
            default -> throw new IllegalArgumentException("no WS-Discovery scopes for " + family);
        };
    }

    /** Percent-encoding of a scope segment the way cameras write it (a space is {@code %20}, '/' stays). */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }

    @Override
    public Optional<byte[]> answer(byte[] datagram, InetSocketAddress from) {
        Element root;
        try {
            root = SafeXml.parse(datagram).getDocumentElement();
        } catch (XmlRejectedException e) {
            return Optional.empty();
        }
        Optional<Element> header = child(root, "Header");
        Optional<Element> probe = child(root, "Body").flatMap(b -> child(b, "Probe"));
        String messageId = header.flatMap(h -> child(h, "MessageID")).map(e -> e.getTextContent().strip()).orElse("");
        if (probe.isEmpty() || messageId.isEmpty() || !wanted(child(probe.get(), "Types"))) {
            return Optional.empty();
        }
        String host = device.host() + (onvifPort == 80 ? "" : ":" + onvifPort);
        String xml = device.templates().render("discovery/ProbeMatches.xml", Map.of(
                "messageId", UUID.randomUUID().toString(), "relatesTo", xmlText(messageId),
                "messageNumber", Integer.toString(messageNumber.incrementAndGet()),
                "endpoint", endpoint(), "scopes", String.join(" ", scopes),
                "xaddrs", "http://" + host + "/onvif/device_service", "metadataVersion", "10"));
        return Optional.of(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** An empty Types matches everything; otherwise one of the named types must be one the camera is. */
    private static boolean wanted(Optional<Element> types) {
        String text = types.map(Element::getTextContent).orElse("").strip();
        if (text.isEmpty()) {
            return true;
        }
        for (String qname : text.split("\\s+")) {
            String local = qname.substring(qname.indexOf(':') + 1);
            if (local.equals("NetworkVideoTransmitter") || local.equals("Device")) {
                return true;
            }
        }
        return false;
    }

    private String endpoint() {
        String h = device.ids().hex("wsd-endpoint", 32);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20);
    }

    private static String xmlText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Optional<Element> child(org.w3c.dom.Node parent, String localName) {
        return SafeXml.childElements(parent).stream().filter(e -> SafeXml.localName(e).equals(localName)).findFirst();
    }
}
