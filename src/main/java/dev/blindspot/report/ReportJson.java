package dev.blindspot.report;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes the canonical JSON report: UTF-8, pretty printed, fields in record declaration order,
 * {@code Optional.empty()} as {@code null}, enums as their wire names, characters outside the BMP as UTF-8
 * (not escaped surrogate pairs). Reading ignores unknown fields so a
 * newer report (fields are only ever added) stays readable.
 */
public final class ReportJson {

    private final ObjectMapper mapper = newMapper();

    /** A fresh mapper configured for the report format; callers own it. */
    public static ObjectMapper newMapper() {
        JsonFactory factory = new JsonFactoryBuilder().characterEscapes(new TerminalSafeEscapes()).build();
        return JsonMapper.builder(factory)
                .addModule(new Jdk8Module())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
    }

    /** Writes {@code report} followed by a newline; flushes but does not close {@code out}. */
    public void write(Report report, OutputStream out) throws IOException {
        mapper.writeValue(out, report);
        out.write('\n');
        out.flush();
    }

    public String toJson(Report report) throws IOException {
        return mapper.writeValueAsString(report) + "\n";
    }

    public JsonNode toTree(Report report) {
        return mapper.valueToTree(report);
    }

    /** Reads a report; does not close {@code in}. */
    public Report read(InputStream in) throws IOException {
        return mapper.readValue(in, Report.class);
    }

    public Report read(String json) throws IOException {
        return mapper.readValue(json.getBytes(StandardCharsets.UTF_8), Report.class);
    }
}
