package dev.blindspot.protocol.discovery;

import dev.blindspot.inventory.DiscoveryReply;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.xml.SafeXml;
import dev.blindspot.protocol.xml.XmlRejectedException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Fetches a UPnP root device description from an SSDP LOCATION, but only when that URL is plain {@code http} on an IP
 * literal equal to the address that answered (never a host name, never another address), through the bounded HTTP
 * client; parses {@code root/device}'s manufacturer, modelName, modelNumber, friendlyName and deviceType (samples
 * upnp/rootDesc_*.xml). Serial number and UDN are not read.
 */
public final class UpnpDescription {

    static final int MAX_LENGTH = 128;

    private final BoundedHttpClient client;

    public UpnpDescription(BoundedHttpClient client) {
        this.client = client;
    }

    /** The target port and path of {@code location} when it may be fetched from {@code address}; empty otherwise. */
    public static Optional<HttpRequestSpec> request(String address, String location) {
        try {
            URI uri = new URI(location.strip());
            String host = uri.getHost();
            if (!"http".equalsIgnoreCase(uri.getScheme()) || host == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            if (!literal.matches("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*") || !same(literal, address)) {
                return Optional.empty();
            }
            int port = uri.getPort() < 0 ? 80 : uri.getPort();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return Optional.of(HttpRequestSpec.get(address, port, false, path + query));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** GET of the description; empty when it could not be fetched or read. */
    public Optional<DiscoveryReply.UpnpDevice> fetch(HttpRequestSpec request) {
        return client.exchangeRaw(request).answer().filter(r -> r.reply().status() == 200)
                .flatMap(r -> parse(r.body()));
    }

    /** The identity fields of the first {@code device} under {@code root}. */
    public static Optional<DiscoveryReply.UpnpDevice> parse(byte[] xml) {
        Element root;
        try {
            root = SafeXml.parse(xml).getDocumentElement();
        } catch (XmlRejectedException e) {
            return Optional.empty();
        }
        if (!SafeXml.localName(root).equals("root")) {
            return Optional.empty();
        }
        Optional<Element> device = SafeXml.childElements(root).stream()
                .filter(e -> SafeXml.localName(e).equals("device")).findFirst();
        return device.map(d -> new DiscoveryReply.UpnpDevice(text(d, "manufacturer"), text(d, "modelName"),
                text(d, "modelNumber"), text(d, "friendlyName"), text(d, "deviceType")));
    }

    private static Optional<String> text(Element device, String name) {
        return SafeXml.childElements(device).stream().filter(e -> SafeXml.localName(e).equals(name)).findFirst()
                .map(e -> e.getTextContent().strip().replaceAll("[\\x00-\\x1f\\x7f]", ""))
                .filter(s -> !s.isEmpty())
                .map(s -> s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s);
    }

    private static boolean same(String literal, String address) {
        try {
            // both are IP literals here, so no name is ever looked up
            return InetAddress.getByName(literal).equals(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
