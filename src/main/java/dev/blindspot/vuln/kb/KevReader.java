package dev.blindspot.vuln.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the CISA Known Exploited Vulnerabilities catalog (JSON, as published by cisagov/kev-data). */
public final class KevReader {

    private KevReader() {
    }

    /** The catalog: its version and date, and the entries by CVE id. */
    public record Catalog(KbSources.KevCatalog about, Map<String, Vulnerability.KevEntry> entries) {
        public Catalog {
            entries = Map.copyOf(entries);
        }
    }

    public static Catalog read(Path file) throws SourceException {
        String name = String.valueOf(file.getFileName());
        JsonNode root = JsonSource.read(file, 64L * 1024 * 1024);
        JsonNode list = root.path("vulnerabilities");
        String version = JsonSource.text(root, "catalogVersion");
        if (!list.isArray() || version.isEmpty()) {
            throw new SourceException(name, "not a CISA KEV catalog (no \"catalogVersion\" or \"vulnerabilities\")");
        }
        Map<String, Vulnerability.KevEntry> entries = new LinkedHashMap<>();
        for (JsonNode v : list) {
            String cve = JsonSource.text(v, "cveID");
            if (!cve.matches("CVE-\\d{4}-\\d{4,}")) {
                throw new SourceException(name, "KEV entry without a CVE id");
            }
            entries.put(cve, new Vulnerability.KevEntry(JsonSource.text(v, "dateAdded"), JsonSource.text(v, "dueDate"),
                    JsonSource.text(v, "vulnerabilityName"), JsonSource.text(v, "requiredAction"),
                    JsonSource.text(v, "knownRansomwareCampaignUse")));
        }
        return new Catalog(new KbSources.KevCatalog(name, version, JsonSource.text(root, "dateReleased"), entries.size()),
                entries);
    }
}
