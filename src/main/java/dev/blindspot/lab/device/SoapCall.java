package dev.blindspot.lab.device;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The operation a SOAP request calls (local name of the first element in the Body) and the WS-Security
 * UsernameToken of its Header, read with StAX: no DTDs, no external entities, a bounded number of events.
 */
record SoapCall(String operation, Optional<UsernameToken> token) {

    private static final int MAX_EVENTS = 4096;
    private static final int MAX_TEXT = 512;
    private static final String PASSWORD_DIGEST_SUFFIX = "#PasswordDigest";

    static Optional<SoapCall> parse(byte[] body) {
        XMLStreamReader xml = null;
        try {
            xml = newReader(body);
            return read(xml);
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
    }

    private static XMLStreamReader newReader(byte[] body) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(new ByteArrayInputStream(body));
    }

    private static Optional<SoapCall> read(XMLStreamReader xml) throws XMLStreamException {
        int depth = 0;
        String section = "";
        String username = null;
        String password = null;
        String nonce = "";
        String created = "";
        boolean digest = false;
        for (int events = 0; xml.hasNext() && events < MAX_EVENTS; events++) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                return Optional.empty();
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String name = xml.getLocalName();
            if (depth == 1 && !name.equals("Envelope")) {
                return Optional.empty();
            }
            if (depth == 2) {
                section = name;
            } else if (depth == 3 && section.equals("Body")) {
                UsernameToken token = username == null ? null
                        : new UsernameToken(username, password == null ? "" : password, digest, nonce, created);
                return Optional.of(new SoapCall(name, Optional.ofNullable(token)));
            } else if (section.equals("Header")) {
                switch (name) {
                    case "Username" -> username = text(xml);
                    case "Password" -> {
                        String type = xml.getAttributeValue(null, "Type");
                        digest = type != null && type.endsWith(PASSWORD_DIGEST_SUFFIX);
                        password = text(xml);
                    }
                    case "Nonce" -> nonce = text(xml);
                    case "Created" -> created = text(xml);
                    default -> {
                        continue;
                    }
                }
                depth--; // getElementText consumed the end tag
            }
        }
        return Optional.empty();
    }

    private static String text(XMLStreamReader xml) throws XMLStreamException {
        String text = xml.getElementText().trim();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}
