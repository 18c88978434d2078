package dev.blindspot.vuln.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads NVD CVE API 2.0 JSON: a single CVE record ({@code {"id": "CVE-...", ...}}, as in fkie-cad/nvd-json-data-feeds)
 * or the API/feed shape {@code {"vulnerabilities": [{"cve": {...}}]}}.
 */
public final class NvdReader {

    /** Most records one file may hold. */
    static final int MAX_RECORDS = 1_000_000;
    private static final int MAX_DESCRIPTION = 400;
    private static final int MAX_ADVISORIES = 4;

    private NvdReader() {
    }

    /** The records of one file; a malformed or truncated file throws naming it. */
    public static List<Vulnerability> read(Path file) throws SourceException {
        String name = String.valueOf(file.getFileName());
        JsonNode root = JsonSource.read(file);
        List<JsonNode> records = new ArrayList<>();
        if (root.has("vulnerabilities")) {
            JsonNode list = root.get("vulnerabilities");
            if (!list.isArray()) {
                throw new SourceException(name, "\"vulnerabilities\" is not a list");
            }
            if (list.size() > MAX_RECORDS) {
                throw new SourceException(name, "more than " + MAX_RECORDS + " records");
            }
            list.forEach(item -> records.add(item.path("cve")));
        } else if (root.has("id")) {
            records.add(root);
        } else {
            throw new SourceException(name, "neither an NVD CVE record (\"id\") nor an API/feed response (\"vulnerabilities\")");
        }
        List<Vulnerability> out = new ArrayList<>();
        for (JsonNode r : records) {
            out.add(record(name, r));
        }
        return out;
    }

    static Vulnerability record(String file, JsonNode r) throws SourceException {
        String id = JsonSource.text(r, "id");
        if (!id.matches("CVE-\\d{4}-\\d{4,}")) {
            throw new SourceException(file, "record without a CVE id" + (id.isEmpty() ? "" : ": " + abbreviate(id)));
        }
        return new Vulnerability(id, JsonSource.optText(r, "published"), JsonSource.optText(r, "lastModified"),
                JsonSource.optText(r, "vulnStatus"), description(r.path("descriptions")), cvss(r.path("metrics")),
                Optional.empty(), targets(r.path("configurations")), List.of(), references(id, r.path("references")),
                List.of(file));
    }

    static String description(JsonNode descriptions) {
        for (JsonNode d : descriptions) {
            if ("en".equals(JsonSource.text(d, "lang"))) {
                return shorten(JsonSource.text(d, "value"));
            }
        }
        return descriptions.isEmpty() ? "" : shorten(JsonSource.text(descriptions.get(0), "value"));
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX_DESCRIPTION ? one : one.substring(0, MAX_DESCRIPTION - 3) + "...";
    }

    /** CVSS v3: the primary (NVD) score of v3.1 or v3.0, else the first secondary one. */
    static Optional<Vulnerability.Cvss> cvss(JsonNode metrics) {
        Optional<Vulnerability.Cvss> secondary = Optional.empty();
        for (String key : List.of("cvssMetricV31", "cvssMetricV30")) {
            for (JsonNode m : metrics.path(key)) {
                JsonNode data = m.path("cvssData");
                if (!data.path("baseScore").isNumber()) {
                    continue;
                }
                Vulnerability.Cvss c = new Vulnerability.Cvss(data.path("baseScore").asDouble(),
                        JsonSource.text(data, "version"), JsonSource.text(data, "vectorString"), JsonSource.text(m, "source"));
                if ("Primary".equals(JsonSource.text(m, "type"))) {
                    return Optional.of(c);
                }
                if (secondary.isEmpty()) {
                    secondary = Optional.of(c);
                }
            }
        }
        return secondary;
    }

    /** Vulnerable CPE matches; in an AND configuration the non-vulnerable hardware CPEs are what they run on. */
    static List<Vulnerability.CpeTarget> targets(JsonNode configurations) {
        List<Vulnerability.CpeTarget> out = new ArrayList<>();
        for (JsonNode config : configurations) {
            List<String> hardware = new ArrayList<>();
            List<JsonNode> vulnerable = new ArrayList<>();
            for (JsonNode node : config.path("nodes")) {
                boolean negated = node.path("negate").asBoolean(false);
                for (JsonNode m : node.path("cpeMatch")) {
                    if (negated) {
                        continue;
                    }
                    if (m.path("vulnerable").asBoolean(false)) {
                        vulnerable.add(m);
                    } else {
                        hardware.add(JsonSource.text(m, "criteria"));
                    }
                }
            }
            boolean and = "AND".equals(JsonSource.text(config, "operator"));
            for (JsonNode m : vulnerable) {
                out.add(new Vulnerability.CpeTarget(JsonSource.text(m, "criteria"),
                        JsonSource.optText(m, "versionStartIncluding"), JsonSource.optText(m, "versionStartExcluding"),
                        JsonSource.optText(m, "versionEndIncluding"), JsonSource.optText(m, "versionEndExcluding"),
                        and ? hardware : List.of()));
            }
        }
        return out;
    }

    /** The NVD page, then up to a few vendor advisories. */
    static List<String> references(String id, JsonNode refs) {
        List<String> out = new ArrayList<>();
        out.add("https://nvd.nist.gov/vuln/detail/" + id);
        for (JsonNode r : refs) {
            String url = JsonSource.text(r, "url");
            boolean advisory = false;
            for (JsonNode t : r.path("tags")) {
                advisory |= t.asText().equals("Vendor Advisory");
            }
            if (advisory && url.startsWith("http") && url.length() < 400 && !out.contains(url) && out.size() <= MAX_ADVISORIES) {
                out.add(url);
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
