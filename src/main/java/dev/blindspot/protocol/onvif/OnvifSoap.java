package dev.blindspot.protocol.onvif;

import dev.blindspot.inventory.OnvifReply;
import dev.blindspot.protocol.xml.SafeXml;
import dev.blindspot.protocol.xml.XmlLeaf;
import dev.blindspot.protocol.xml.XmlRejectedException;
import dev.blindspot.scan.ProbeOutcome;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SOAP 1.2 envelopes for ONVIF requests (no WS-Security header: probes never send credentials) and the reading
 * of device answers into {@link OnvifReply}.
 *
 * <p>Reading: a SOAP fault gives {@code fault} (see {@link SoapFaults} for the code's form, e.g.
 * {@code ter:NotAuthorized}) at any HTTP status. A successful answer (HTTP 200, no fault) gives {@code fields}:
 * the non-blank leaves of the response element keyed by local name (first occurrence wins, at most
 * {@value #MAX_FIELDS} of {@value #MAX_FIELD_LENGTH} characters); leaves under {@code UTCDateTime} or
 * {@code LocalDateTime} are keyed {@code UTCDateTime.Hour}, {@code LocalDateTime.Year} and so on, so the two
 * clocks never mix. A non-200 answer whose body is empty, not XML or not SOAP (a Digest 401, an HTML 404 page)
 * is still an answer: its status with no fault. HTTP 200 with anything but a SOAP envelope is a
 * {@code ProtocolError}: the endpoint is not ONVIF.
 */
public final class OnvifSoap {

    static final String SOAP12_NS = "http://www.w3.org/2003/05/soap-envelope";
    static final String SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final int MAX_FIELDS = 64;
    static final int MAX_FIELD_LENGTH = 256;
    private static final Set<String> CLOCK_SCOPES = Set.of("UTCDateTime", "LocalDateTime");

    private OnvifSoap() {
    }

    public static byte[] envelope(OnvifOperation op) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<s:Envelope xmlns:s=\"" + SOAP12_NS + "\"><s:Body>"
                + (op.requestChildren().isEmpty()
                    ? "<" + op.name() + " xmlns=\"" + op.namespace() + "\"/>"
                    : "<" + op.name() + " xmlns=\"" + op.namespace() + "\">" + op.requestChildren() + "</" + op.name() + ">")
                + "</s:Body></s:Envelope>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    public static String contentType(OnvifOperation op) {
        return "application/soap+xml; charset=utf-8; action=\"" + op.action() + "\"";
    }

    public static ProbeOutcome<OnvifReply> parse(int httpStatus, byte[] body) {
        return parse("", httpStatus, body);
    }

    /**
     * As {@link #parse(int, byte[])}, with the fields of a successful answer read for {@code operation} where
     * {@link OnvifReadings} knows it (GetCapabilities, GetUsers, GetProfiles, GetStreamUri: no secret is kept).
     */
    public static ProbeOutcome<OnvifReply> parse(String operation, int httpStatus, byte[] body) {
        OnvifReply bare = new OnvifReply(httpStatus, Optional.empty(), Map.of());
        Optional<Element> soapBody;
        try {
            soapBody = soapBody(body);
        } catch (XmlRejectedException e) {
            return httpStatus == 200 ? new ProbeOutcome.ProtocolError<>(e.getMessage()) : ProbeOutcome.answered(bare);
        }
        if (soapBody.isEmpty()) {
            return httpStatus == 200 ? new ProbeOutcome.ProtocolError<>("HTTP 200 without a SOAP envelope")
                    : ProbeOutcome.answered(bare);
        }
        List<Element> parts = SafeXml.childElements(soapBody.get());
        Optional<Element> fault = parts.stream().filter(e -> SafeXml.localName(e).equals("Fault")).findFirst();
        if (fault.isPresent()) {
            return ProbeOutcome.answered(new OnvifReply(httpStatus, Optional.of(SoapFaults.code(fault.get())), Map.of()));
        }
        if (httpStatus != 200 || parts.isEmpty()) {
            return ProbeOutcome.answered(bare);
        }
        Element response = parts.getFirst();
        return ProbeOutcome.answered(new OnvifReply(httpStatus, Optional.empty(),
                OnvifReadings.read(operation, response).orElseGet(() -> fields(response))));
    }

    private static Optional<Element> soapBody(byte[] body) throws XmlRejectedException {
        if (new String(body, StandardCharsets.ISO_8859_1).isBlank()) {
            return Optional.empty();
        }
        Document doc = SafeXml.parse(body);
        Element root = doc.getDocumentElement();
        String ns = root.getNamespaceURI();
        if (!SafeXml.localName(root).equals("Envelope") || !(SOAP12_NS.equals(ns) || SOAP11_NS.equals(ns))) {
            return Optional.empty();
        }
        return SoapFaults.child(root, "Body");
    }

    private static Map<String, String> fields(Element response) {
        Map<String, String> out = new LinkedHashMap<>();
        for (XmlLeaf leaf : SafeXml.leaves(response, MAX_FIELDS, MAX_FIELD_LENGTH)) {
            out.putIfAbsent(key(leaf), leaf.text());
        }
        return out;
    }

    private static String key(XmlLeaf leaf) {
        List<String> path = leaf.path();
        for (int i = path.size() - 2; i >= 0; i--) {
            if (CLOCK_SCOPES.contains(path.get(i))) {
                return path.get(i) + "." + leaf.localName();
            }
        }
        return leaf.localName();
    }
}
