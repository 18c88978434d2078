package dev.blindspot.exposure.routerconfig;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree with line numbers, read with StAX: DTDs refused (so no entities of any kind), external
 * entities off, depth at most {@value #MAX_DEPTH}, at most {@value #MAX_ELEMENTS} elements.
 */
record XmlTree(String name, int line, String text, List<XmlTree> children) {

    static final int MAX_DEPTH = 64;
    static final int MAX_ELEMENTS = 2_000_000;

    /** The first child named {@code name}. */
    Optional<XmlTree> child(String name) {
        return children.stream().filter(c -> c.name.equals(name)).findFirst();
    }

    List<XmlTree> all(String name) {
        return children.stream().filter(c -> c.name.equals(name)).toList();
    }

    /** The trimmed text of the child {@code name}; empty when missing or blank. */
    Optional<String> text(String name) {
        return child(name).map(c -> c.text.trim()).filter(t -> !t.isEmpty());
    }

    boolean has(String name) {
        return child(name).isPresent();
    }

    static XmlTree parse(String file, String xml) throws RouterConfigException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        XMLStreamReader r = null;
        int line = 0;
        try {
            r = factory.createXMLStreamReader(new StringReader(xml));
            Deque<Builder> open = new ArrayDeque<>();
            Builder root = null;
            int count = 0;
            while (r.hasNext()) {
                int event = r.next();
                line = r.getLocation().getLineNumber();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new RouterConfigException(file, line, "XML with a DOCTYPE is refused");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new RouterConfigException(file, line,
                            "XML entity reference &" + r.getLocalName() + "; is refused");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++count > MAX_ELEMENTS || open.size() >= MAX_DEPTH) {
                            throw new RouterConfigException(file, line, "XML too large or too deeply nested");
                        }
                        Builder b = new Builder(r.getLocalName(), line);
                        if (open.isEmpty()) {
                            root = b;
                        } else {
                            open.peek().children.add(b);
                        }
                        open.push(b);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty() && open.peek().text.length() < 65_536) {
                            open.peek().text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    default -> { }
                }
            }
            if (root == null) {
                throw new RouterConfigException(file, line, "no XML element");
            }
            return root.build();
        } catch (XMLStreamException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNumber();
            String message = String.valueOf(e.getMessage()).replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            throw new RouterConfigException(file, Math.max(at, 0), "invalid XML: " + Text.shorten(message, 160));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held but the string
                }
            }
        }
    }

    private static final class Builder {
        final String name;
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<Builder> children = new ArrayList<>();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        XmlTree build() {
            List<XmlTree> built = new ArrayList<>();
            children.forEach(c -> built.add(c.build()));
            return new XmlTree(name, line, text.toString(), List.copyOf(built));
        }
    }
}
