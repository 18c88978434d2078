package dev.blindspot.protocol.onvif;

import dev.blindspot.protocol.xml.SafeXml;
import org.w3c.dom.Element;

import java.util.Optional;

/**
 * Reads the code of a SOAP fault. SOAP 1.2: the innermost {@code Code/Subcode/Value} (the most specific), else
 * {@code Code/Value}; SOAP 1.1: {@code faultcode}. The QName prefix is normalised by namespace: the ONVIF error
 * namespace becomes {@code ter:}, the SOAP envelope namespaces {@code env:}; other prefixes stay as sent. So a
 * device writing {@code <s:Value>err:NotAuthorized</s:Value>} with {@code err} bound to the ONVIF error namespace
 * still reads {@code ter:NotAuthorized}.
 */
final class SoapFaults {

    static final String ONVIF_ERROR_NS = "http://www.onvif.org/ver10/error";
    private static final int MAX_SUBCODE_DEPTH = 8;
    private static final int MAX_CODE_LENGTH = 128;

    private SoapFaults() {
    }

    /** The fault code, or "Fault" for a fault element without any readable code. */
    static String code(Element fault) {
        Optional<Element> value = child(fault, "Code").flatMap(SoapFaults::innermostValue);
        if (value.isEmpty()) {
            value = child(fault, "faultcode");
        }
        return value.map(SoapFaults::normalise).filter(s -> !s.isEmpty()).orElse("Fault");
    }

    private static Optional<Element> innermostValue(Element code) {
        Optional<Element> value = child(code, "Value");
        Element level = code;
        for (int depth = 0; depth < MAX_SUBCODE_DEPTH; depth++) {
            Optional<Element> sub = child(level, "Subcode");
            if (sub.isEmpty()) {
                break;
            }
            level = sub.get();
            Optional<Element> subValue = child(level, "Value");
            if (subValue.isPresent()) {
                value = subValue;
            }
        }
        return value;
    }

    private static String normalise(Element valueElement) {
        String qname = valueElement.getTextContent().strip();
        if (qname.length() > MAX_CODE_LENGTH) {
            qname = qname.substring(0, MAX_CODE_LENGTH);
        }
        int colon = qname.indexOf(':');
        String prefix = colon > 0 ? qname.substring(0, colon) : null;
        String local = qname.substring(colon + 1);
        String ns = valueElement.lookupNamespaceURI(prefix);
        if (ONVIF_ERROR_NS.equals(ns)) {
            return "ter:" + local;
        }
        if (OnvifSoap.SOAP12_NS.equals(ns) || OnvifSoap.SOAP11_NS.equals(ns)) {
            return "env:" + local;
        }
        return qname;
    }

    static Optional<Element> child(Element parent, String localName) {
        return SafeXml.childElements(parent).stream().filter(e -> SafeXml.localName(e).equals(localName)).findFirst();
    }
}
