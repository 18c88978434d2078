package dev.blindspot.lab.device;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Response templates under {@code /lab/} on the classpath, loaded on first use and shared by every device of a lab.
 * Placeholders are {@code ${name}}; rendering with a missing value is a programming error.
 */
public final class Templates {

    private final Map<String, String> loaded = new ConcurrentHashMap<>();

    /** The template text as stored. */
    public String text(String name) {
        return loaded.computeIfAbsent(name, Templates::load);
    }

    /** The template with every {@code ${key}} replaced by its value. */
    public String render(String name, Map<String, String> values) {
        String template = text(name);
        StringBuilder out = new StringBuilder(template.length() + 64);
        int from = 0;
        while (true) {
            int start = template.indexOf("${", from);
            if (start < 0) {
                return out.append(template, from, template.length()).toString();
            }
            int end = template.indexOf('}', start);
            String key = template.substring(start + 2, end);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("template " + name + " needs a value for ${" + key + "}");
            }
            out.append(template, from, start).append(value);
            from = end + 1;
        }
    }

    private static String load(String name) {
        String path = "/lab/" + name;
        try (InputStream in = Templates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lab template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lab template " + path, e);
        }
    }
}
