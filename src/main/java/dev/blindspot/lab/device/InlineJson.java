package dev.blindspot.lab.device;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.TreeMap;

/**
 * Writes JSON on one line the way Xiongmai's DVRIP firmware does (samples xmeye/dvrip_34567_*):
 * {@code { "Key" : value, "Other" : { ... } }}, keys in byte order.
 */
final class InlineJson {

    private InlineJson() {}

    static String render(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> members = new TreeMap<>();
            node.fields().forEachRemaining(e -> members.put(e.getKey(), e.getValue()));
            out.append("{ ");
            Iterator<String> names = members.keySet().iterator();
            while (names.hasNext()) {
                String name = names.next();
                out.append(StyledJson.quote(name)).append(" : ");
                write(members.get(name), out);
                out.append(names.hasNext() ? ", " : " ");
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append("[ ");
            for (int i = 0; i < node.size(); i++) {
                write(node.get(i), out);
                out.append(i + 1 < node.size() ? ", " : " ");
            }
            out.append(']');
        } else if (node.isTextual()) {
            out.append(StyledJson.quote(node.textValue()));
        } else {
            out.append(node.isNull() ? "null" : node.asText());
        }
    }
}
