package dev.blindspot.protocol.upnp;

import dev.blindspot.inventory.UpnpIgdReply;
import dev.blindspot.protocol.discovery.UpnpDescription;
import dev.blindspot.protocol.xml.SafeXml;
import dev.blindspot.protocol.xml.XmlRejectedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The WANIPConnection (v1, v2) and WANPPPConnection services of an IGD root description (samples
 * upnp/rootDesc_*.xml and upnp/http_rootDesc_*.http), each with its control URL made absolute against
 * {@code URLBase} or the description's own URL. A control URL is kept only when it stays on the same address
 * (plain http, IP literal: {@link UpnpDescription#request}); at most {@value #MAX_SERVICES} services, {@value #MAX_DEPTH}
 * levels of embedded devices.
 */
public final class IgdServices {

    static final int MAX_SERVICES = 8;
    static final int MAX_DEPTH = 6;
    static final int MAX_LENGTH = 256;

    private IgdServices() {}

    /** The connection services of {@code xml}, fetched from {@code location} on {@code address}. */
    public static List<UpnpIgdReply.Service> parse(byte[] xml, String location, String address) {
        Element root;
        try {
            root = SafeXml.parse(xml).getDocumentElement();
        } catch (XmlRejectedException e) {
            return List.of();
        }
        if (!SafeXml.localName(root).equals("root")) {
            return List.of();
        }
        String base = child(root, "URLBase").filter(b -> !b.isEmpty()).orElse(location);
        List<UpnpIgdReply.Service> out = new ArrayList<>();
        for (Element device : SafeXml.childElements(root)) {
            if (SafeXml.localName(device).equals("device")) {
                walk(device, base, address, out, 0);
            }
        }
        return List.copyOf(out);
    }

    /** True for the service types whose port mappings are read. */
    static boolean connectionService(String type) {
        return type.startsWith("urn:schemas-upnp-org:service:WANIPConnection:")
                || type.startsWith("urn:schemas-upnp-org:service:WANPPPConnection:");
    }

    private static void walk(Element device, String base, String address, List<UpnpIgdReply.Service> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Element list : SafeXml.childElements(device)) {
            String name = SafeXml.localName(list);
            if (name.equals("serviceList")) {
                for (Element service : SafeXml.childElements(list)) {
                    Optional<String> type = child(service, "serviceType");
                    Optional<String> control = child(service, "controlURL");
                    if (out.size() < MAX_SERVICES && type.filter(IgdServices::connectionService).isPresent()
                            && control.isPresent()) {
                        resolve(base, control.get()).filter(u -> UpnpDescription.request(address, u).isPresent())
                                .ifPresent(u -> out.add(new UpnpIgdReply.Service(type.get(), u)));
                    }
                }
            } else if (name.equals("deviceList")) {
                for (Element embedded : SafeXml.childElements(list)) {
                    if (SafeXml.localName(embedded).equals("device")) {
                        walk(embedded, base, address, out, depth + 1);
                    }
                }
            }
        }
    }

    private static Optional<String> resolve(String base, String url) {
        try {
            return Optional.of(URI.create(base.strip()).resolve(url.strip()).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> child(Element parent, String name) {
        return SafeXml.childElements(parent).stream().filter(e -> SafeXml.localName(e).equals(name)).findFirst()
                .map(e -> e.getTextContent().strip().replaceAll("[\\x00-\\x1f\\x7f]", ""))
                .map(s -> s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s);
    }
}
