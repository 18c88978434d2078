package dev.blindspot.protocol.vendor;

import dev.blindspot.protocol.xml.SafeXml;
import dev.blindspot.protocol.xml.XmlRejectedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Field readers for the identity reads of the KEV lab's vendors (D-Link {@code key=value} lines, QNAP and NUUO XML):
 * only the named fields are kept, each at most {@value VendorApiParser#MAX_FIELD} characters; XML goes through
 * {@link SafeXml} (no DTDs, no external entities, size-capped).
 */
final class KevApiFields {

    private static final int MAX_LINES = 64;
    private static final int MAX_LEAVES = 256;

    private KevApiFields() {}

    /** {@code key=value} lines; only the named keys, the first occurrence of each. */
    static Map<String, String> keyValues(byte[] body, String... keys) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> wanted = List.of(keys);
        for (String line : new String(body, StandardCharsets.UTF_8).split("\r?\n", MAX_LINES)) {
            int eq = line.indexOf('=');
            if (eq > 0 && wanted.contains(line.substring(0, eq).strip())) {
                put(out, line.substring(0, eq).strip(), line.substring(eq + 1));
            }
        }
        return out;
    }

    /** The named leaf elements of an XML answer whose root is {@code root} (any root when null). */
    static Map<String, String> xml(byte[] body, String root, String... names) throws IOException {
        Element element;
        try {
            element = SafeXml.parse(body).getDocumentElement();
        } catch (XmlRejectedException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (root != null && !root.equals(SafeXml.localName(element))) {
            return out;
        }
        Map<String, String> leaves = SafeXml.leafTextByLocalName(element, MAX_LEAVES, VendorApiParser.MAX_FIELD);
        for (String name : names) {
            if (leaves.containsKey(name)) {
                put(out, name, leaves.get(name));
            }
        }
        return out;
    }

    private static void put(Map<String, String> out, String name, String value) {
        String v = value.strip();
        if (v.length() > VendorApiParser.MAX_FIELD) {
            v = v.substring(0, VendorApiParser.MAX_FIELD);
        }
        if (!v.isEmpty() && !out.containsKey(name)) {
            out.put(name, v);
        }
    }
}
