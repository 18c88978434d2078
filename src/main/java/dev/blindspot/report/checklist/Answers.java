package dev.blindspot.report.checklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers to the manual checklist items, from {@code --answers answers.yaml} (template: docs/answers.md).
 * Only items with a question may be answered; where the scan judged such an item, the scan's result wins.
 */
public record Answers(Map<String, Answer> byItem) {

    static final long MAX_BYTES = 256 * 1024;

    public Answers {
        byItem = Map.copyOf(byItem);
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public Optional<Answer> of(String itemId) {
        return Optional.ofNullable(byItem.get(itemId));
    }

    /** Reads and validates an answers file against {@code definition}; errors name the file and the item. */
    public static Answers read(Path file, ChecklistDefinition definition) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": an answers file over " + MAX_BYTES + " bytes is refused");
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IOException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        JsonNode answers = root == null ? null : root.get("answers");
        if (answers == null || !answers.isObject()) {
            throw new IOException(file + ": expected a mapping 'answers:' of checklist item ids");
        }
        Map<String, Answer> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            if (!definition.has(id)) {
                throw new IOException(file + ": '" + id + "' is not a checklist item");
            }
            if (!definition.item(id).answerable()) {
                throw new IOException(file + ": '" + id + "' is judged by the scan and cannot be answered");
            }
            JsonNode v = e.getValue();
            JsonNode value = v.isObject() ? v.get("answer") : v;
            Boolean yes = value == null ? null : parse(value);
            if (yes == null) {
                throw new IOException(file + ": '" + id + "' needs answer yes or no");
            }
            out.put(id, new Answer(yes, text(v, "by"), text(v, "date"), text(v, "note")));
        }
        return new Answers(out);
    }

    private static Boolean parse(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return switch (value.asText().trim().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y" -> Boolean.TRUE;
            case "no", "false", "n" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Optional<String> text(JsonNode v, String field) {
        return v.isObject() && v.hasNonNull(field) ? Optional.of(v.get(field).asText()) : Optional.empty();
    }
}
