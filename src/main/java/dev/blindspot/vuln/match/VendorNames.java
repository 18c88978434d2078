package dev.blindspot.vuln.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Vendor spellings of vulnerability records (NVD CPE vendors like {@code dahuasecurity}, CVE 5 vendor texts like
 * {@code Hanwha Vision Co., Ltd.}) mapped to the canonical names of {@code fingerprint/vendors.yaml}, which is what
 * {@code Identity.vendor} and {@code .manufacturer} hold. Keys are lower-case.
 */
public final class VendorNames {

    /** NVD and CVE 5 spellings that vendors.yaml does not list. */
    private static final Map<String, String> EXTRA = Map.ofEntries(
            Map.entry("dahua", "Dahua"), Map.entry("dahua technology co., ltd", "Dahua"),
            Map.entry("samsung", "Hanwha"), Map.entry("hanwhasecurity", "Hanwha"), Map.entry("hanwhavision", "Hanwha"),
            Map.entry("hanwha vision co., ltd.", "Hanwha"), Map.entry("netwavepr", "Netwave"),
            Map.entry("motioneyeos_project", "motionEye"), Map.entry("shenzhen tvt digital technology co., ltd.", "TVT"),
            Map.entry("shenzhen tvt", "TVT"), Map.entry("tvt", "TVT"), Map.entry("tbkvision", "TBK"), Map.entry("tbk", "TBK"),
            Map.entry("genetec inc.", "Genetec"), Map.entry("ubiquiti inc", "Ubiquiti"), Map.entry("geovision inc.", "GeoVision"),
            Map.entry("xiongmai", "Xiongmai"), Map.entry("lorex", "Lorex"), Map.entry("edimax", "Edimax"),
            Map.entry("ptzoptics", "PTZOptics"), Map.entry("qnap", "QNAP"), Map.entry("synology", "Synology"),
            Map.entry("netgear", "NETGEAR"), Map.entry("mvpower", "MVPower"), Map.entry("visual-tools", "Visual Tools"),
            Map.entry("wificam", "WIFICAM"), Map.entry("wansview", "Wansview"), Map.entry("embedthis", "Embedthis"));

    private final Map<String, String> byLower;

    private VendorNames(Map<String, String> byLower) {
        this.byLower = Map.copyOf(byLower);
    }

    /** From vendors.yaml on the classpath plus the built-in NVD/CVE 5 spellings. */
    public static VendorNames loadDefault() {
        try (InputStream in = VendorNames.class.getResourceAsStream("/fingerprint/vendors.yaml")) {
            if (in == null) {
                throw new IllegalStateException("fingerprint/vendors.yaml missing from the classpath");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in.readNBytes(2 * 1024 * 1024));
            Map<String, String> map = new HashMap<>(EXTRA.size() * 2);
            EXTRA.forEach((k, v) -> map.put(k, v));
            for (JsonNode v : root.path("vendors")) {
                String name = v.path("name").asText();
                map.put(name.toLowerCase(Locale.ROOT), name);
                v.path("aliases").forEach(a -> map.put(a.asText().toLowerCase(Locale.ROOT), name));
                String cpe = v.path("cpe").path("vendor").asText("");
                if (!cpe.isEmpty()) {
                    map.putIfAbsent(cpe, name);
                }
            }
            return new VendorNames(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lower-case canonical key for a spelling; the spelling itself, lower-cased, when unknown. */
    public String key(String spelling) {
        String s = spelling.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(byLower.get(s)).map(n -> n.toLowerCase(Locale.ROOT)).orElse(s);
    }

    /** The canonical name for a spelling, when known. */
    public Optional<String> canonical(String spelling) {
        return Optional.ofNullable(byLower.get(spelling.strip().toLowerCase(Locale.ROOT)));
    }
}
