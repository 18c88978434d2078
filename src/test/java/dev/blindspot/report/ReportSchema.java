package dev.blindspot.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Test helper: validates JSON trees against {@code schema/report.schema.json} (draft 2020-12, formats asserted).
 * The factory refuses to fetch anything over the network; meta-schemas come from the validator's jar.
 */
public final class ReportSchema {

    static final String RESOURCE = "/schema/report.schema.json";
    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaLoaders(loaders -> loaders.add(iri -> {
                String s = iri.toString();
                if (s.startsWith("http:") || s.startsWith("https:")) {
                    throw new IllegalStateException("tests must not fetch " + s);
                }
                return null;
            })));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final JsonSchema schema = load();

    private JsonSchema load() {
        try (InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validation messages; empty when {@code report} conforms. */
    public List<String> errors(JsonNode report) {
        return schema.validate(report).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Validation messages of the schema file itself against the draft 2020-12 meta-schema. */
    List<String> schemaErrors(JsonNode schemaDocument) {
        JsonSchema meta = factory.getSchema(SchemaLocation.of(META_SCHEMA), config);
        return meta.validate(schemaDocument).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
