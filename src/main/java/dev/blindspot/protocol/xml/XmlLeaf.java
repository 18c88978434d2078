package dev.blindspot.protocol.xml;

import java.util.List;

/**
 * A leaf element (one without element children) and its text.
 *
 * @param path local names from the element the walk started at (exclusive) down to the leaf (inclusive)
 * @param text the leaf's text, stripped and bounded
 */
public record XmlLeaf(List<String> path, String text) {

    public XmlLeaf {
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("empty path");
        }
    }

    public String localName() {
        return path.getLast();
    }
}
