package dev.blindspot.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The entities covered by NDAA section 889 and the brands their equipment is sold under, from
 * {@code policy/ndaa889.yaml}. Immutable.
 */
public final class NdaaCoveredList {

    static final String RESOURCE = "/policy/ndaa889.yaml";
    private static final int MAX_BYTES = 64 * 1024;

    /** A covered entity: its vendors.yaml name, legal name and the statute paragraph. */
    public record Covered(String name, String entity, String section) {}

    /** Why a device is covered: the name that matched, the covered entity, and how they relate. */
    public record Coverage(String matchedName, Covered covered, String relation, Optional<String> note) {
        /** True when the device's own vendor or maker is the covered entity (not a brand of it). */
        public boolean direct() {
            return matchedName.equalsIgnoreCase(covered.name());
        }
    }

    private final Map<String, Covered> covered;
    private final Map<String, Coverage> brands;
    private final List<String> sources;

    private NdaaCoveredList(Map<String, Covered> covered, Map<String, Coverage> brands, List<String> sources) {
        this.covered = Map.copyOf(covered);
        this.brands = Map.copyOf(brands);
        this.sources = List.copyOf(sources);
    }

    public static NdaaCoveredList bundled() {
        return Bundled.LIST;
    }

    public List<String> sources() {
        return sources;
    }

    public List<Covered> covered() {
        return covered.values().stream().sorted(java.util.Comparator.comparing(Covered::name)).toList();
    }

    /** The coverage of a device sold as {@code vendor} and made by {@code manufacturer}, the maker checked first. */
    public Optional<Coverage> coverage(Optional<String> vendor, Optional<String> manufacturer) {
        return Stream.concat(manufacturer.stream(), vendor.stream()).map(this::coverage).flatMap(Optional::stream)
                .findFirst();
    }

    private Optional<Coverage> coverage(String name) {
        String key = key(name);
        Covered c = covered.get(key);
        if (c != null) {
            return Optional.of(new Coverage(c.name(), c, "covered entity", Optional.empty()));
        }
        return Optional.ofNullable(brands.get(key));
    }

    record FileShape(int version, List<String> sources, List<Covered> covered, List<BrandShape> brands) {}

    record BrandShape(String name, String of, String relation, String note) {}

    /** Parses the YAML text; throws {@link IllegalArgumentException} naming what is wrong. */
    public static NdaaCoveredList parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("covered list larger than " + MAX_BYTES + " bytes");
        }
        FileShape file = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(bytes, FileShape.class);
        if (file == null || file.version() != 1 || file.covered() == null || file.sources() == null
                || file.sources().isEmpty()) {
            throw new IllegalArgumentException("covered list: version 1 with sources and covered expected");
        }
        Map<String, Covered> covered = new LinkedHashMap<>();
        for (Covered c : file.covered()) {
            if (c.name() == null || c.entity() == null || c.section() == null) {
                throw new IllegalArgumentException("covered list: an entity without name, entity or section");
            }
            covered.put(key(c.name()), c);
        }
        Map<String, Coverage> brands = new LinkedHashMap<>();
        for (BrandShape b : file.brands() == null ? List.<BrandShape>of() : file.brands()) {
            if (b.name() == null || b.of() == null || b.relation() == null || !covered.containsKey(key(b.of()))) {
                throw new IllegalArgumentException("covered list: brand " + b.name() + " needs name, relation and a covered 'of'");
            }
            brands.put(key(b.name()), new Coverage(b.name(), covered.get(key(b.of())), b.relation(),
                    Optional.ofNullable(b.note())));
        }
        return new NdaaCoveredList(covered, brands, new ArrayList<>(file.sources()));
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static final class Bundled {
        static final NdaaCoveredList LIST = load();

        private static NdaaCoveredList load() {
            try (InputStream in = NdaaCoveredList.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }
}
