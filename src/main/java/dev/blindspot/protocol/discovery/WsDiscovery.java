package dev.blindspot.protocol.discovery;

import dev.blindspot.inventory.DiscoveryReply;
import dev.blindspot.protocol.xml.SafeXml;
import dev.blindspot.protocol.xml.XmlRejectedException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * WS-Discovery (2005/04, as ONVIF devices speak it) over SOAP-over-UDP, port {@value #PORT}: the Probe ONVIF Device
 * Manager sends (samples onvif/wsdiscovery_probe_request_ODM.xml), typed {@code dn:NetworkVideoTransmitter} or untyped,
 * each with a fresh MessageID; and the ProbeMatches parser, which accepts only a reply whose RelatesTo names one of our
 * MessageIDs (sample onvif/agsh_mockup_Probe.xml for the layout). Bounded: at most {@value #MAX_ITEMS} types, scopes
 * and addresses, each cut to {@value #MAX_LENGTH} characters.
 */
public final class WsDiscovery {

    public static final int PORT = 3702;
    static final int MAX_ITEMS = 64;
    static final int MAX_LENGTH = 256;

    private static final String ENVELOPE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://www.w3.org/2003/05/soap-envelope" \
            xmlns:wsa="http://schemas.xmlsoap.org/ws/2004/08/addressing" \
            xmlns:wsdd="http://schemas.xmlsoap.org/ws/2005/04/discovery" \
            xmlns:dn="http://www.onvif.org/ver10/network/wsdl">
            <SOAP-ENV:Header><wsa:MessageID>%s</wsa:MessageID>
            <wsa:ReplyTo SOAP-ENV:mustUnderstand="true">
              <wsa:Address>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</wsa:Address>
            </wsa:ReplyTo>
            <wsa:To SOAP-ENV:mustUnderstand="true">urn:schemas-xmlsoap-org:ws:2005:04:discovery</wsa:To>
            <wsa:Action SOAP-ENV:mustUnderstand="true">http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</wsa:Action>
            </SOAP-ENV:Header>
            <SOAP-ENV:Body>
            %s
            </SOAP-ENV:Body>
            </SOAP-ENV:Envelope>
            """;

    private WsDiscovery() {}

    /** One Probe message and its MessageID. */
    public record Probe(String messageId, byte[] bytes) {}

    /** A Probe for {@code dn:NetworkVideoTransmitter} (typed) or for any device (untyped), with a new MessageID. */
    public static Probe probe(boolean typed) {
        String id = "urn:uuid:" + UUID.randomUUID();
        String body = typed ? "<wsdd:Probe>\n<wsdd:Types>dn:NetworkVideoTransmitter</wsdd:Types>\n</wsdd:Probe>"
                : "<wsdd:Probe/>";
        return new Probe(id, String.format(ENVELOPE, id, body).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses a ProbeMatches reply; empty when it is not XML, not a ProbeMatches, or not related to one of
     * {@code messageIds}. Types, scopes and addresses of all matches are merged in order, duplicates dropped.
     */
    public static Optional<DiscoveryReply.WsDiscovery> parse(byte[] datagram, Collection<String> messageIds) {
        Element root;
        try {
            root = SafeXml.parse(datagram).getDocumentElement();
        } catch (XmlRejectedException e) {
            return Optional.empty();
        }
        Optional<Element> header = child(root, "Header");
        Optional<Element> matches = child(root, "Body").flatMap(b -> child(b, "ProbeMatches"));
        String relatesTo = header.flatMap(h -> child(h, "RelatesTo")).map(e -> e.getTextContent().strip()).orElse("");
        if (matches.isEmpty() || !messageIds.contains(relatesTo)) {
            return Optional.empty();
        }
        Set<String> types = new LinkedHashSet<>();
        Set<String> scopes = new LinkedHashSet<>();
        Set<String> xaddrs = new LinkedHashSet<>();
        int count = 0;
        for (Element match : SafeXml.childElements(matches.get())) {
            if (!SafeXml.localName(match).equals("ProbeMatch") || count++ >= MAX_ITEMS) {
                continue;
            }
            child(match, "Types").ifPresent(e -> addTokens(types, e, false));
            child(match, "Scopes").ifPresent(e -> addTokens(scopes, e, true));
            child(match, "XAddrs").ifPresent(e -> addTokens(xaddrs, e, false));
        }
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(new DiscoveryReply.WsDiscovery(new ArrayList<>(types), new ArrayList<>(scopes),
                new ArrayList<>(xaddrs)));
    }

    /**
     * The ONVIF scope {@code category/value} of a decoded scope URI ({@code name/HIKVISION DS-2CD2385G1-I}), case of
     * the category kept; empty for scopes outside {@code onvif://www.onvif.org/}.
     */
    public static Optional<String> onvifScope(String scope) {
        String prefix = "onvif://www.onvif.org/";
        if (scope.length() <= prefix.length() || !scope.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.empty();
        }
        return Optional.of(scope.substring(prefix.length()));
    }

    private static void addTokens(Set<String> out, Element e, boolean decode) {
        String text = e.getTextContent();
        for (String token : text.substring(0, Math.min(text.length(), MAX_ITEMS * MAX_LENGTH)).strip().split("\\s+")) {
            if (token.isEmpty() || out.size() >= MAX_ITEMS) {
                continue;
            }
            String value = decode ? decode(token) : token;
            out.add(value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value);
        }
    }

    /** Percent-decoding as devices write scopes ({@code %20}); a broken escape leaves the scope as it came. */
    static String decode(String token) {
        try {
            return URLDecoder.decode(token.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return token;
        }
    }

    private static Optional<Element> child(Node parent, String localName) {
        return SafeXml.childElements(parent).stream().filter(e -> SafeXml.localName(e).equals(localName)).findFirst();
    }
}
