package dev.blindspot.vuln.overlay;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.blindspot.vuln.version.VersionScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Parses curated overlay files ({@code vuln/overlay/<file>.yaml}, YAML lists of {@link OverlayEntry}). The bundled
 * files are the ones {@code vuln/overlay/index.txt} names, one per line. Every entry is checked for shape here
 * (fields, regex, versions parse in the scheme, a source, examples of both kinds); {@link OverlayValidator} runs the
 * examples through the matcher.
 */
public final class OverlayFiles {

    public static final String DIRECTORY = "/vuln/overlay/";
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ENTRIES = 5_000;
    private static final Set<String> KEYS = Set.of("cve", "vendor", "models", "scheme", "from", "before", "through",
            "fixed", "noFix", "source", "examples", "notes");

    private OverlayFiles() {
    }

    /** Every entry of every file the bundled index names. */
    public static List<OverlayEntry> bundled() {
        List<OverlayEntry> out = new ArrayList<>();
        for (String name : index(resource("index.txt"))) {
            out.addAll(parse(name, resource(name)));
        }
        return out;
    }

    static List<String> index(byte[] text) {
        List<String> names = new ArrayList<>();
        for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
            String n = line.strip();
            if (n.isEmpty() || n.startsWith("#")) {
                continue;
            }
            if (!n.matches("[A-Za-z0-9_.\\-]+\\.ya?ml")) {
                throw new OverlayException("vuln/overlay/index.txt: bad file name '" + n + "'");
            }
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return names;
    }

    private static byte[] resource(String name) {
        try (InputStream in = OverlayFiles.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new OverlayException("vuln/overlay/" + name + " is missing from the classpath");
            }
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new OverlayException("vuln/overlay/" + name + " is larger than " + MAX_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of one file's text; throws {@link OverlayException} naming the file and entry. */
    public static List<OverlayEntry> parse(String file, byte[] yaml) {
        if (yaml.length > MAX_BYTES) {
            throw new OverlayException(file + ": larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root;
        try {
            YAMLFactory f = YAMLFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build()).build();
            root = new ObjectMapper(f).readTree(yaml);
        } catch (IOException e) {
            throw new OverlayException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        if (!root.isArray()) {
            throw new OverlayException(file + ": expected a YAML list of entries");
        }
        if (root.size() > MAX_ENTRIES) {
            throw new OverlayException(file + ": more than " + MAX_ENTRIES + " entries");
        }
        List<OverlayEntry> out = new ArrayList<>();
        int i = 0;
        for (JsonNode e : root) {
            out.add(entry(file + " entry " + (++i), file, e));
        }
        return out;
    }

    private static OverlayEntry entry(String where, String file, JsonNode e) {
        if (!e.isObject()) {
            throw new OverlayException(where + ": not a mapping");
        }
        for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new OverlayException(where + ": unknown key '" + k + "'");
            }
        }
        String cve = required(where, e, "cve");
        if (!cve.matches("CVE-\\d{4}-\\d{4,}")) {
            throw new OverlayException(where + ": '" + cve + "' is not a CVE id");
        }
        where = file + ": " + cve;
        String vendor = required(where, e, "vendor");
        Optional<String> models = optional(e, "models");
        if (models.isPresent()) {
            if (models.get().length() > 300) {
                throw new OverlayException(where + ": models regex longer than 300 characters");
            }
            try {
                Pattern.compile(models.get());
            } catch (PatternSyntaxException x) {
                throw new OverlayException(where + ": models is not a valid regex: " + x.getDescription());
            }
        }
        String schemeText = required(where, e, "scheme");
        VersionScheme scheme = VersionScheme.fromWire(schemeText).orElseThrow(() -> new OverlayException(
                "unknown scheme '" + schemeText + "' (hikvision, dahua, axis, reolink, uniview, hanwha, dotted)"));
        Optional<String> from = version(where, e, "from", scheme);
        Optional<String> before = version(where, e, "before", scheme);
        Optional<String> through = version(where, e, "through", scheme);
        if (before.isPresent() && through.isPresent()) {
            throw new OverlayException(where + ": give 'before' or 'through', not both");
        }
        String source = required(where, e, "source");
        List<OverlayEntry.Example> examples = new ArrayList<>();
        for (JsonNode x : e.path("examples")) {
            if (!x.path("match").isBoolean()) {
                throw new OverlayException(where + ": every example needs match: true or false");
            }
            examples.add(new OverlayEntry.Example(x.path("model").asText(""), required(where, x, "firmware"),
                    x.path("match").asBoolean()));
        }
        if (examples.stream().noneMatch(OverlayEntry.Example::match) || examples.stream().allMatch(OverlayEntry.Example::match)) {
            throw new OverlayException(where + ": needs at least one example with match: true and one with match: false");
        }
        return new OverlayEntry(cve, vendor, models, scheme, from, before, through, optional(e, "fixed"),
                optional(e, "noFix"), source, examples, file);
    }

    private static String required(String where, JsonNode e, String key) {
        return optional(e, key).orElseThrow(() -> new OverlayException(where + ": missing '" + key + "'"));
    }

    private static Optional<String> optional(JsonNode e, String key) {
        JsonNode v = e.get(key);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return Optional.empty();
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static Optional<String> version(String where, JsonNode e, String key, VersionScheme scheme) {
        Optional<String> v = optional(e, key);
        if (v.isPresent() && scheme.parse(v.get()).isEmpty()) {
            throw new OverlayException(where + ": " + key + " '" + v.get() + "' is not a " + scheme.wireName() + " version");
        }
        return v;
    }
}
