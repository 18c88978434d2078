package dev.blindspot.fingerprint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.blindspot.inventory.DeviceClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The compiled rule set of {@code fingerprint/rules/<source>.yaml} (one versioned file per evidence source of
 * {@link #SOURCES}; a source without a file has no rules), validated against the vendor vocabulary on load.
 */
public final class FingerprintRules {

    /** Evidence sources a rule may name. */
    public static final Set<String> SOURCES = Set.of("http.server", "http.www-authenticate", "http.title",
            "tls.subject", "tls.issuer", "rtsp.server", "rtsp.www-authenticate", "ftp.banner", "telnet.banner",
            "mac.oui",
            // discovery (issue 4): WS-Discovery scopes ("name/...", "hardware/...", "type/...") and types, SSDP, UPnP, DHIP
            "wsd.scopes", "wsd.types", "ssdp.server", "upnp.manufacturer", "upnp.modelname", "upnp.modelnumber",
            "upnp.devicetype", "dhip.vendor", "dhip.devicetype", "dhip.deviceclass", "dhip.version",
            // recog coverage part 2 (issue 4): SSH identification lines and favicon digests
            "ssh.banner", "http.favicon.md5");

    private final List<FingerprintRule> rules;

    public FingerprintRules(List<FingerprintRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<FingerprintRule> rules() {
        return rules;
    }

    /** The classpath folder of the per-source rule files. */
    public static final String RULES_DIR = "/fingerprint/rules/";

    /** The classpath resource holding the rules of {@code source}. */
    public static String resourceOf(String source) {
        return RULES_DIR + source + ".yaml";
    }

    public static FingerprintRules loadDefault(VendorVocabulary vocabulary) {
        List<FingerprintRule> all = new ArrayList<>();
        for (String source : SOURCES.stream().sorted().toList()) {
            try (InputStream in = FingerprintRules.class.getResourceAsStream(resourceOf(source))) {
                if (in == null) {
                    continue;
                }
                List<FingerprintRule> own = parse(in, vocabulary).rules();
                for (FingerprintRule r : own) {
                    if (!r.source().equals(source)) {
                        throw new IllegalArgumentException(resourceOf(source) + ": rule '" + r.id() + "' has source '"
                                + r.source() + "'");
                    }
                }
                all.addAll(own);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no fingerprint rules under " + RULES_DIR + " on the classpath");
        }
        Set<String> ids = new HashSet<>();
        for (FingerprintRule r : all) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("fingerprint rule '" + r.id() + "': duplicate id across files");
            }
        }
        return new FingerprintRules(all);
    }

    public static FingerprintRules parse(InputStream in, VendorVocabulary vocabulary) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        List<FingerprintRule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode r : root.path("rules")) {
            String id = r.path("id").asText("");
            String where = "fingerprint rule '" + id + "'";
            if (id.isBlank() || !ids.add(id)) {
                throw new IllegalArgumentException(where + ": blank or duplicate id");
            }
            String source = r.path("source").asText("");
            if (!SOURCES.contains(source)) {
                throw new IllegalArgumentException(where + ": unknown source '" + source + "'");
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(r.path("pattern").asText(""));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": bad pattern: " + e.getDescription());
            }
            Optional<String> vendor = text(r, "vendor");
            if (vendor.isPresent() && !vocabulary.contains(vendor.get())) {
                throw new IllegalArgumentException(where + ": vendor '" + vendor.get() + "' is not in vendors.yaml");
            }
            Optional<DeviceClass> cls = text(r, "deviceClass").map(DeviceClass::fromWire);
            if (vendor.isEmpty() && cls.isEmpty()) {
                throw new IllegalArgumentException(where + ": names neither vendor nor deviceClass");
            }
            Strength strength = Strength.fromWire(r.path("strength").asText("medium"));
            List<FingerprintRule.Example> examples = new ArrayList<>();
            for (JsonNode e : r.path("examples")) {
                examples.add(new FingerprintRule.Example(e.path("value").asText(), text(e, "model"), text(e, "firmware")));
            }
            if (examples.isEmpty()) {
                throw new IllegalArgumentException(where + ": has no examples");
            }
            out.add(new FingerprintRule(id, source, pattern, vendor, cls, strength, examples));
        }
        return new FingerprintRules(out);
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    /** The first rule of {@code source} that matches {@code value}, in file order. */
    public Optional<FingerprintRule.Match> firstMatch(String source, String value) {
        for (FingerprintRule rule : rules) {
            if (rule.source().equals(source)) {
                Optional<FingerprintRule.Match> m = rule.match(value);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }
}
