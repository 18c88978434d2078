package dev.blindspot.site;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a site file ({@code scan --site FILE}, format in {@code docs/site.md}): named zones with their CIDR blocks and an
 * optional purpose. Bounded: at most {@value #MAX_BYTES} bytes, {@value #MAX_ZONES} zones, {@value #MAX_BLOCKS} blocks
 * per zone; unknown keys are errors, so a typo never silently changes the grouping.
 */
public final class SiteFile {

    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_ZONES = 10_000;
    public static final int MAX_BLOCKS = 1_000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.:-]{0,63}");
    private static final Set<String> TOP_KEYS = Set.of("version", "site", "zones");
    private static final Set<String> ZONE_KEYS = Set.of("name", "purpose", "cidrs", "description");

    private SiteFile() {}

    public static SiteLayout load(Path file) throws SiteFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SiteFileException(file + ": no such file", e);
        } catch (IOException e) {
            throw new SiteFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses a site file read from {@code in}; {@code name} is used in error messages. */
    public static SiteLayout parse(InputStream in, String name) throws SiteFileException, IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new SiteFileException(name + ": larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new SiteFileException(name + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new SiteFileException(name + ": expected a mapping with a 'zones' list");
        }
        unknownKeys(root, TOP_KEYS, name);
        if (root.has("version") && root.get("version").asInt(-1) != 1) {
            throw new SiteFileException(name + ": unsupported version '" + root.get("version").asText() + "' (1)");
        }
        JsonNode zones = root.path("zones");
        if (!zones.isArray() || zones.isEmpty()) {
            throw new SiteFileException(name + ": 'zones' must be a non-empty list");
        }
        if (zones.size() > MAX_ZONES) {
            throw new SiteFileException(name + ": more than " + MAX_ZONES + " zones");
        }
        List<Zone> out = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            out.add(zone(zones.get(i), name + ": zone " + (i + 1)));
        }
        try {
            return SiteLayout.of(out);
        } catch (IllegalArgumentException e) {
            throw new SiteFileException(name + ": " + e.getMessage(), e);
        }
    }

    private static Zone zone(JsonNode z, String where) throws SiteFileException {
        if (!z.isObject()) {
            throw new SiteFileException(where + ": expected a mapping with name and cidrs");
        }
        unknownKeys(z, ZONE_KEYS, where);
        String zoneName = z.path("name").asText("").strip();
        if (!NAME.matcher(zoneName).matches()) {
            throw new SiteFileException(where + ": name '" + zoneName + "' must be 1-64 letters, digits, spaces or _.:-");
        }
        where = where + " ('" + zoneName + "')";
        Optional<Purpose> purpose = Optional.empty();
        if (z.hasNonNull("purpose")) {
            try {
                purpose = Optional.of(Purpose.fromWire(z.get("purpose").asText()));
            } catch (IllegalArgumentException e) {
                throw new SiteFileException(where + ": " + e.getMessage(), e);
            }
        }
        JsonNode cidrs = z.path("cidrs");
        if (cidrs.isTextual()) {
            throw new SiteFileException(where + ": 'cidrs' must be a list, e.g. [" + cidrs.asText() + "]");
        }
        if (!cidrs.isArray() || cidrs.isEmpty()) {
            throw new SiteFileException(where + ": 'cidrs' must be a non-empty list of CIDR blocks");
        }
        if (cidrs.size() > MAX_BLOCKS) {
            throw new SiteFileException(where + ": more than " + MAX_BLOCKS + " blocks");
        }
        List<IPAddress> blocks = new ArrayList<>();
        for (JsonNode c : cidrs) {
            blocks.add(block(c.asText(""), where));
        }
        return new Zone(zoneName, blocks, purpose);
    }

    private static IPAddress block(String text, String where) throws SiteFileException {
        IPAddress a = new IPAddressString(text.strip()).getAddress();
        if (a == null || text.contains("-") || text.contains("*")) {
            throw new SiteFileException(where + ": '" + text + "' is not a CIDR block (e.g. 10.0.20.0/24, 2001:db8:20::/64)");
        }
        if (!a.isPrefixed()) {
            return a.toPrefixBlock(a.getBitCount());
        }
        IPAddress block = a.toPrefixBlock();
        if (!block.getLower().equals(a.getLower())) {
            throw new SiteFileException(where + ": '" + text + "' has host bits set; the block is "
                    + SiteLayout.cidr(block));
        }
        return block;
    }

    private static void unknownKeys(JsonNode node, Set<String> allowed, String where) throws SiteFileException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new SiteFileException(where + ": unknown key '" + key + "' (expected " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
        }
    }
}
