package dev.blindspot.protocol.xml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses untrusted XML from devices into a namespace-aware DOM. Inputs over {@value #MAX_BYTES} bytes are refused
 * before parsing; any DOCTYPE is refused (so no internal or external entities, no billion laughs), external DTDs
 * and schemas are never fetched, XInclude is off, secure processing is on and element depth and entity expansion
 * are limited. Every refusal is an {@link XmlRejectedException}; nothing is printed to stderr.
 */
public final class SafeXml {

    public static final int MAX_BYTES = 1024 * 1024;
    private static final String JDK = "http://www.oracle.com/xml/jaxp/properties/";

    private SafeXml() {
    }

    public static Document parse(byte[] xml) throws XmlRejectedException {
        if (xml.length > MAX_BYTES) {
            throw new XmlRejectedException("XML larger than " + MAX_BYTES + " bytes (" + xml.length + ")");
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(RAISE);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused");
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new XmlRejectedException("XML rejected: " + e.getMessage());
        } catch (IOException e) {
            throw new XmlRejectedException("XML unreadable: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks a required safety feature", e);
        }
    }

    /**
     * Leaves below {@code root} (not {@code root} itself unless it is a leaf) in document order, skipping blank
     * ones; at most {@code maxCount}, each text cut to {@code maxLength} characters.
     */
    public static List<XmlLeaf> leaves(Element root, int maxCount, int maxLength) {
        List<XmlLeaf> out = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, List.of()));
        while (!stack.isEmpty() && out.size() < maxCount) {
            Frame f = stack.pop();
            List<Element> children = childElements(f.element());
            if (children.isEmpty()) {
                String text = f.element().getTextContent().strip();
                if (!text.isEmpty() && !f.path().isEmpty()) {
                    out.add(new XmlLeaf(f.path(), text.length() > maxLength ? text.substring(0, maxLength) : text));
                }
                continue;
            }
            for (Element child : children.reversed()) {
                List<String> path = new ArrayList<>(f.path());
                path.add(localName(child));
                stack.push(new Frame(child, path));
            }
        }
        return out;
    }

    /** Leaf text keyed by local name; the first occurrence of a name wins. Bounds as in {@link #leaves}. */
    public static Map<String, String> leafTextByLocalName(Element root, int maxCount, int maxLength) {
        Map<String, String> out = new LinkedHashMap<>();
        for (XmlLeaf leaf : leaves(root, maxCount, maxLength)) {
            out.putIfAbsent(leaf.localName(), leaf.text());
        }
        return out;
    }

    /** Element children of {@code parent}, in order. */
    public static List<Element> childElements(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The local name of an element (its node name when it was parsed without namespaces). */
    public static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    private record Frame(Element element, List<String> path) {}

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setAttribute(JDK + "entityExpansionLimit", "64");
        f.setAttribute(JDK + "totalEntitySizeLimit", "65536");
        f.setAttribute(JDK + "maxGeneralEntitySizeLimit", "4096");
        f.setAttribute(JDK + "maxElementDepth", "128");
        f.setAttribute(JDK + "elementAttributeLimit", "256");
        return f;
    }

    private static final ErrorHandler RAISE = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
