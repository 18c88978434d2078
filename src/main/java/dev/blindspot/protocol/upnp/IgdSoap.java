package dev.blindspot.protocol.upnp;

import dev.blindspot.inventory.Header;
import dev.blindspot.protocol.discovery.UpnpDescription;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.RawHttpResponse;
import dev.blindspot.protocol.xml.SafeXml;
import dev.blindspot.protocol.xml.XmlRejectedException;
import dev.blindspot.scan.ProbeOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * One read-only UPnP SOAP action (control of an IGD connection service) and its answer: the response's output
 * arguments, or the UPnPError fault (samples upnp/http_GetGenericPortMappingEntry_*: 200 with the entry, 500 with
 * {@code errorCode} 713). The envelope is the one miniupnpc sends. Answers are parsed with DTDs off, at most
 * {@value #MAX_ARGS} arguments of at most {@link #MAX_VALUE} characters.
 */
public final class IgdSoap {

    static final int MAX_ARGS = 32;
    /** Large enough for an escaped GetListOfPortMappings listing of a few hundred entries. */
    static final int MAX_VALUE = 256 * 1024;

    /** What a SOAP action came back with. */
    public sealed interface Answer {
        /** 200 with the action's response: output argument name (local) to text. */
        record Ok(Map<String, String> arguments) implements Answer {
            public Ok {
                arguments = Map.copyOf(arguments);
            }
        }

        /** A UPnPError fault. */
        record Fault(int code, String description) implements Answer {}

        /** No usable answer (refused, timed out, not SOAP). */
        record Failed(String reason) implements Answer {}
    }

    private final BoundedHttpClient client;

    public IgdSoap(BoundedHttpClient client) {
        this.client = client;
    }

    /** The POST of {@code action} with {@code arguments} (in order) to {@code controlUrl} on {@code address}. */
    public static Optional<HttpRequestSpec> request(String address, String controlUrl, String serviceType,
                                                    String action, List<Map.Entry<String, String>> arguments) {
        StringBuilder args = new StringBuilder();
        for (Map.Entry<String, String> a : arguments) {
            args.append('<').append(a.getKey()).append('>').append(a.getValue()).append("</").append(a.getKey()).append('>');
        }
        String body = "<?xml version=\"1.0\"?>\r\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body><u:" + action + " xmlns:u=\""
                + serviceType + "\">" + args + "</u:" + action + "></s:Body></s:Envelope>\r\n";
        return UpnpDescription.request(address, controlUrl).map(get -> HttpRequestSpec.post(address, get.port(), false,
                get.path(), List.of(new Header("Content-Type", "text/xml; charset=\"utf-8\""),
                        new Header("SOAPAction", "\"" + serviceType + "#" + action + "\"")),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Sends the request and reads its answer. */
    public Answer call(HttpRequestSpec request) {
        ProbeOutcome<RawHttpResponse> outcome = client.exchangeRaw(request);
        return switch (outcome) {
            case ProbeOutcome.Answered<RawHttpResponse> a -> parse(a.value().reply().status(), a.value().body());
            case ProbeOutcome.Refused<RawHttpResponse> r -> new Answer.Failed("refused: " + r.detail());
            case ProbeOutcome.TimedOut<RawHttpResponse> t -> new Answer.Failed("timed out");
            case ProbeOutcome.ProtocolError<RawHttpResponse> p -> new Answer.Failed("protocol error: " + p.detail());
        };
    }

    /** The answer of HTTP {@code status} with {@code body}. */
    public static Answer parse(int status, byte[] body) {
        Element envelope;
        try {
            envelope = SafeXml.parse(body).getDocumentElement();
        } catch (XmlRejectedException e) {
            return new Answer.Failed("HTTP " + status + ", not XML");
        }
        Optional<Element> inner = child(envelope, "Body").flatMap(b -> SafeXml.childElements(b).stream().findFirst());
        if (inner.isEmpty()) {
            return new Answer.Failed("HTTP " + status + ", no SOAP body");
        }
        if (SafeXml.localName(inner.get()).equals("Fault")) {
            Map<String, String> detail = SafeXml.leafTextByLocalName(inner.get(), MAX_ARGS, 128);
            String code = detail.getOrDefault("errorCode", "");
            if (!code.matches("\\d{1,4}")) {
                return new Answer.Failed("HTTP " + status + ", SOAP fault without a UPnP error code");
            }
            return new Answer.Fault(Integer.parseInt(code), clean(detail.getOrDefault("errorDescription", "")));
        }
        if (status != 200) {
            return new Answer.Failed("HTTP " + status);
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Element arg : SafeXml.childElements(inner.get())) {
            if (out.size() >= MAX_ARGS) {
                break;
            }
            String text = arg.getTextContent().strip();
            out.putIfAbsent(SafeXml.localName(arg), text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) : text);
        }
        return new Answer.Ok(out);
    }

    static String clean(String s) {
        String printable = s.replaceAll("[\\x00-\\x1f\\x7f]", "");
        return printable.length() > 128 ? printable.substring(0, 128) : printable;
    }

    private static Optional<Element> child(Element parent, String name) {
        return SafeXml.childElements(parent).stream().filter(e -> SafeXml.localName(e).equals(name)).findFirst();
    }
}
