package dev.blindspot.fingerprint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The one list of vendor names ({@code fingerprint/vendors.yaml}) with aliases and OEM relations. */
public final class VendorVocabulary {

    private final Set<String> names;
    private final Map<String, String> byLowerAlias;
    private final Map<String, String> oem;
    private final Map<String, CpeVendor> cpe;

    /**
     * How the NVD names a vendor's products: {@code product} present for software (part {@code a}, one product),
     * absent for device makers (part {@code o} {@code <model>_firmware} and part {@code h} {@code <model>}).
     */
    public record CpeVendor(String vendor, Optional<String> product) {}

    private VendorVocabulary(Set<String> names, Map<String, String> byLowerAlias, Map<String, String> oem,
                             Map<String, CpeVendor> cpe) {
        this.names = Set.copyOf(names);
        this.byLowerAlias = Map.copyOf(byLowerAlias);
        this.oem = Map.copyOf(oem);
        this.cpe = Map.copyOf(cpe);
    }

    public static VendorVocabulary loadDefault() {
        try (InputStream in = VendorVocabulary.class.getResourceAsStream("/fingerprint/vendors.yaml")) {
            if (in == null) {
                throw new IllegalStateException("fingerprint/vendors.yaml missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VendorVocabulary parse(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        Set<String> names = new LinkedHashSet<>();
        Map<String, String> aliases = new HashMap<>();
        Map<String, String> oem = new HashMap<>();
        Map<String, CpeVendor> cpe = new HashMap<>();
        for (JsonNode v : root.path("vendors")) {
            String name = v.path("name").asText("");
            if (name.isBlank() || !names.add(name)) {
                throw new IllegalArgumentException("vendors.yaml: blank or duplicate vendor name '" + name + "'");
            }
            aliases.put(name.toLowerCase(Locale.ROOT), name);
            for (JsonNode a : v.path("aliases")) {
                String prev = aliases.put(a.asText().toLowerCase(Locale.ROOT), name);
                if (prev != null && !prev.equals(name)) {
                    throw new IllegalArgumentException("vendors.yaml: alias '" + a.asText() + "' names both " + prev + " and " + name);
                }
            }
            if (v.hasNonNull("oem")) {
                oem.put(name, v.get("oem").asText());
            }
            JsonNode c = v.path("cpe");
            if (!c.isMissingNode()) {
                String cv = c.path("vendor").asText("");
                if (!cv.matches("[a-z0-9_.\\-]+")) {
                    throw new IllegalArgumentException("vendors.yaml: " + name + " has a bad cpe vendor '" + cv + "'");
                }
                cpe.put(name, new CpeVendor(cv, Optional.ofNullable(c.get("product")).map(JsonNode::asText)));
            }
        }
        for (Map.Entry<String, String> e : oem.entrySet()) {
            if (!names.contains(e.getValue())) {
                throw new IllegalArgumentException("vendors.yaml: " + e.getKey() + " has unknown oem " + e.getValue());
            }
        }
        return new VendorVocabulary(names, aliases, oem, cpe);
    }

    public boolean contains(String canonicalName) {
        return names.contains(canonicalName);
    }

    /** The canonical name for a spelling a device sent, if the vocabulary knows it. */
    public Optional<String> canonical(String spelling) {
        return Optional.ofNullable(byLowerAlias.get(spelling.trim().toLowerCase(Locale.ROOT)));
    }

    /** The manufacturer behind a brand (e.g. Lorex → Dahua), if it is an OEM brand. */
    public Optional<String> manufacturerOf(String canonicalName) {
        return Optional.ofNullable(oem.get(canonicalName));
    }

    /** The NVD's naming of this vendor's products, where the vocabulary records it. */
    public Optional<CpeVendor> cpeOf(String canonicalName) {
        return Optional.ofNullable(cpe.get(canonicalName));
    }
}
