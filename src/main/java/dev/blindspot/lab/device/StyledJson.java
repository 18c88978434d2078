package dev.blindspot.lab.device;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes JSON the way jsoncpp's {@code StyledWriter} does, which is what Reolink firmware sends (sample
 * reolink/api_Login_200_success_RLC-511.json): three-space indent, {@code "key" : value}, object keys in byte
 * order, short arrays of scalars on one line ({@code [ "guest", "admin" ]}), a newline at the end.
 */
final class StyledJson {

    private static final int RIGHT_MARGIN = 74;
    private static final String INDENT = "   ";

    private final StringBuilder out = new StringBuilder();
    private String indent = "";

    private StyledJson() {}

    static String render(JsonNode root) {
        StyledJson writer = new StyledJson();
        writer.value(root);
        return writer.out.append('\n').toString();
    }

    private void value(JsonNode node) {
        if (node.isObject()) {
            object(node);
        } else if (node.isArray()) {
            array(node);
        } else {
            out.append(scalar(node));
        }
    }

    private void object(JsonNode node) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        TreeMap<String, JsonNode> members = new TreeMap<>();
        node.fields().forEachRemaining(e -> members.put(e.getKey(), e.getValue()));
        withIndent("{");
        indent += INDENT;
        Iterator<String> names = members.keySet().iterator();
        while (names.hasNext()) {
            String name = names.next();
            withIndent(quote(name));
            out.append(" : ");
            value(members.get(name));
            if (names.hasNext()) {
                out.append(',');
            }
        }
        indent = indent.substring(INDENT.length());
        withIndent("}");
    }

    private void array(JsonNode node) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        List<String> scalars = new ArrayList<>();
        boolean multiLine = node.size() * 3 >= RIGHT_MARGIN;
        for (JsonNode child : node) {
            multiLine |= (child.isArray() || child.isObject()) && !child.isEmpty();
        }
        if (!multiLine) {
            int length = 4 + (node.size() - 1) * 2;
            for (JsonNode child : node) {
                String text = child.isContainerNode() ? (child.isArray() ? "[]" : "{}") : scalar(child);
                scalars.add(text);
                length += text.length();
            }
            multiLine = length >= RIGHT_MARGIN;
        }
        if (!multiLine) {
            out.append("[ ").append(String.join(", ", scalars)).append(" ]");
            return;
        }
        withIndent("[");
        indent += INDENT;
        for (int i = 0; i < node.size(); i++) {
            JsonNode child = node.get(i);
            newLineAndIndent();
            value(child);
            if (i + 1 < node.size()) {
                out.append(',');
            }
        }
        indent = indent.substring(INDENT.length());
        withIndent("]");
    }

    private void withIndent(String text) {
        newLineAndIndent();
        out.append(text);
    }

    /** jsoncpp's writeIndent: nothing after a space, else a newline (unless at line start) and the indent. */
    private void newLineAndIndent() {
        if (!out.isEmpty()) {
            char last = out.charAt(out.length() - 1);
            if (last == ' ') {
                return;
            }
            if (last != '\n') {
                out.append('\n');
            }
        }
        out.append(indent);
    }

    private static String scalar(JsonNode node) {
        if (node.isTextual()) {
            return quote(node.textValue());
        }
        if (node.isNull() || node.isMissingNode()) {
            return "null";
        }
        return node.asText();
    }

    static String quote(String text) {
        StringBuilder q = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
