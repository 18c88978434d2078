package dev.blindspot.vuln.kb;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes the knowledge base file ({@code vuln/kb.json} on the classpath, or a file from db update). */
public final class KbFile {

    /** The bundled knowledge base's classpath resource. */
    public static final String RESOURCE = "/vuln/kb.json";
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private KbFile() {
    }

    static ObjectMapper mapper() {
        return new ObjectMapper(JsonFactory.builder().streamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(32).build()).build())
                .registerModule(new Jdk8Module())
                .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The knowledge base bundled with Blindspot. */
    public static KnowledgeBase bundled() {
        try (InputStream in = KbFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public static KnowledgeBase read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": larger than " + MAX_BYTES + " bytes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    static KnowledgeBase read(InputStream in) throws IOException {
        KnowledgeBase kb = mapper().readValue(in, KnowledgeBase.class);
        if (kb.format() != KnowledgeBase.FORMAT) {
            throw new IOException("knowledge base format " + kb.format() + ", this Blindspot reads " + KnowledgeBase.FORMAT);
        }
        return kb;
    }

    /** The JSON text of {@code kb} (stable: same knowledge base, same bytes). */
    public static String toJson(KnowledgeBase kb) {
        try {
            return mapper().writeValueAsString(kb) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(KnowledgeBase kb, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(kb));
    }
}
