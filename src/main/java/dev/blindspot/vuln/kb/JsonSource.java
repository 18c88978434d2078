package dev.blindspot.vuln.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one input JSON file with limits: size, nesting depth, string length. Errors name the file. */
final class JsonSource {

    /** Largest file read (an NVD yearly feed is a few hundred MB; one record or the KEV catalog is far smaller). */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(64).build())
            .build());

    private JsonSource() {
    }

    static JsonNode read(Path file) throws SourceException {
        return read(file, MAX_BYTES);
    }

    static JsonNode read(Path file, long maxBytes) throws SourceException {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new SourceException(name, "larger than " + maxBytes + " bytes (" + size + ")");
            }
            try (InputStream in = Files.newInputStream(file)) {
                JsonNode node = JSON.readTree(in);
                if (node == null || node.isMissingNode()) {
                    throw new SourceException(name, "empty file");
                }
                return node;
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String what = e.getOriginalMessage().lines().findFirst().orElse("").replaceAll(" \\(start marker at .*", "");
            throw new SourceException(name, "not valid JSON (truncated or malformed)" + where + ": " + what);
        } catch (IOException e) {
            throw new SourceException(name, "cannot read: " + e.getMessage());
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static java.util.Optional<String> optText(JsonNode node, String field) {
        String s = text(node, field);
        return s.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(s);
    }
}
