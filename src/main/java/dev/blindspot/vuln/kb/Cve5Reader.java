package dev.blindspot.vuln.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads CVE JSON 5 records (CVEProject/cvelistV5, cisagov/vulnrichment): description, CVSS, {@code affected}. */
public final class Cve5Reader {

    private Cve5Reader() {
    }

    /** One record: the CVE as far as the record states it, and its {@code dateUpdated}. */
    public record Record(Vulnerability vulnerability, Optional<String> dateUpdated) {}

    public static Record read(Path file) throws SourceException {
        String name = String.valueOf(file.getFileName());
        JsonNode root = JsonSource.read(file, 16L * 1024 * 1024);
        JsonNode meta = root.path("cveMetadata");
        String id = JsonSource.text(meta, "cveId");
        if (!JsonSource.text(root, "dataType").equals("CVE_RECORD") || !id.matches("CVE-\\d{4}-\\d{4,}")) {
            throw new SourceException(name, "not a CVE JSON 5 record (dataType CVE_RECORD with cveMetadata.cveId)");
        }
        JsonNode cna = root.path("containers").path("cna");
        List<Vulnerability.AffectedProduct> affected = new ArrayList<>();
        for (JsonNode a : cna.path("affected")) {
            List<Vulnerability.AffectedVersion> versions = new ArrayList<>();
            for (JsonNode v : a.path("versions")) {
                versions.add(new Vulnerability.AffectedVersion(JsonSource.text(v, "version"), JsonSource.text(v, "status"),
                        JsonSource.optText(v, "lessThan"), JsonSource.optText(v, "lessThanOrEqual"),
                        JsonSource.optText(v, "versionType")));
            }
            affected.add(new Vulnerability.AffectedProduct(JsonSource.text(a, "vendor").strip(),
                    JsonSource.text(a, "product").strip(), versions, JsonSource.optText(a, "defaultStatus")));
        }
        List<String> refs = new ArrayList<>();
        refs.add("https://nvd.nist.gov/vuln/detail/" + id);
        Vulnerability v = new Vulnerability(id, JsonSource.optText(meta, "datePublished"),
                JsonSource.optText(meta, "dateUpdated"), JsonSource.optText(meta, "state"),
                NvdReader.description(cna.path("descriptions")), cvss(root.path("containers")), Optional.empty(),
                List.of(), affected, refs, List.of(name));
        return new Record(v, JsonSource.optText(meta, "dateUpdated"));
    }

    /** CVSS v3 from the CNA's metrics, else CISA-ADP's. */
    static Optional<Vulnerability.Cvss> cvss(JsonNode containers) {
        List<JsonNode> scorers = new ArrayList<>();
        scorers.add(containers.path("cna"));
        containers.path("adp").forEach(scorers::add);
        for (JsonNode c : scorers) {
            String who = JsonSource.text(c.path("providerMetadata"), "shortName");
            for (JsonNode m : c.path("metrics")) {
                for (String key : List.of("cvssV3_1", "cvssV3_0")) {
                    JsonNode d = m.path(key);
                    if (d.path("baseScore").isNumber()) {
                        return Optional.of(new Vulnerability.Cvss(d.path("baseScore").asDouble(),
                                JsonSource.text(d, "version"), JsonSource.text(d, "vectorString"), who));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
