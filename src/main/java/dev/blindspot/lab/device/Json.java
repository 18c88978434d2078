package dev.blindspot.lab.device;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/** Reads the small JSON requests of vendor APIs (bounded nesting and sizes) and escapes strings for answers. */
final class Json {

    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(4096)
                    .maxNumberLength(32).build())
            .build());

    private Json() {}

    /** The parsed object, or empty for anything that is not one well-formed JSON object. */
    static Optional<JsonNode> object(byte[] body) {
        try {
            JsonNode node = READER.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code text} as the inside of a JSON string, cut to 64 characters (it only ever echoes client values). */
    static String escape(String text) {
        String cut = text.length() > 64 ? text.substring(0, 64) : text;
        StringBuilder out = new StringBuilder(cut.length() + 8);
        for (char c : cut.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
