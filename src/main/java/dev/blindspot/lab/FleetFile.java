package dev.blindspot.lab;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A lab fleet described in YAML ({@code blindspot lab --fleet fleet.yaml}; format in {@code docs/lab-fleet.md}):
 * either a list of entries or {@code {seed: N, devices: [entries]}}. Each entry is a kind, a count and any device
 * settings ({@link FleetEntryReader}). Everything is checked on load; errors name the entry and the field.
 */
public final class FleetFile {

    /** Bigger files are refused unread. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** Devices one file may describe. */
    public static final int MAX_DEVICES = 250_000;
    /** The seed when the file names none. */
    public static final long DEFAULT_SEED = 1;

    private FleetFile() {}

    /** The file's entries and seed. */
    public record Fleet(long seed, List<FleetEntry> entries) {
        public Fleet {
            entries = List.copyOf(entries);
        }

        /** Every device, entries in order. */
        public List<DeviceSpec> devices() {
            return FleetEntry.expandAll(entries, seed);
        }
    }

    public static Fleet load(Path file) throws FleetFileException {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new FleetFileException(name + ": larger than " + MAX_BYTES + " bytes");
            }
            return parse(new String(bytes, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new FleetFileException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses YAML text; {@code source} names it in messages. */
    public static Fleet parse(String yaml, String source) throws FleetFileException {
        JsonNode root;
        try {
            ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
            mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            root = mapper.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new FleetFileException(source + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new FleetFileException(source + ": empty; expected a list of devices");
        }
        long seed = DEFAULT_SEED;
        JsonNode list = root;
        if (root.isObject()) {
            for (var names = root.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!field.equals("seed") && !field.equals("devices")) {
                    throw new FleetFileException(source + ": unknown top-level field '" + field
                            + "' (expected 'devices' and optionally 'seed')");
                }
            }
            JsonNode seedNode = root.path("seed");
            if (!seedNode.isMissingNode()) {
                if (!seedNode.canConvertToLong() || !seedNode.isIntegralNumber()) {
                    throw new FleetFileException(source + ": 'seed' must be a whole number, not " + seedNode);
                }
                seed = seedNode.asLong();
            }
            list = root.path("devices");
        }
        if (!list.isArray() || list.isEmpty()) {
            throw new FleetFileException(source + ": expected a non-empty list of devices ('devices:')");
        }
        List<FleetEntry> entries = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < list.size(); i++) {
            FleetEntry entry = FleetEntryReader.read(list.get(i), source + ": entry " + (i + 1));
            total += entry.count();
            if (total > MAX_DEVICES) {
                throw new FleetFileException(source + ": more than " + MAX_DEVICES + " devices");
            }
            entries.add(entry);
        }
        return new Fleet(seed, entries);
    }
}
