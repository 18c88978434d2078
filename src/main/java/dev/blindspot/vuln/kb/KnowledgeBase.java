package dev.blindspot.vuln.kb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The vulnerability knowledge base: CVE records distilled from NVD CVE API 2.0 records, the CISA KEV catalog and
 * CVE JSON 5 records, with where each came from. Bundled as {@code vuln/kb.json} ({@link KbFile}); rebuilt by
 * {@code blindspot db update} ({@link KbBuilder}).
 *
 * @param format  file format version ({@link #FORMAT})
 * @param built   the date it was built (yyyy-mm-dd, UTC)
 * @param sources the input files, the KEV catalog version and what was skipped
 */
public record KnowledgeBase(int format, String built, KbSources sources, List<Vulnerability> vulnerabilities) {

    public static final int FORMAT = 1;

    public KnowledgeBase {
        Objects.requireNonNull(built, "built");
        Objects.requireNonNull(sources, "sources");
        vulnerabilities = List.copyOf(vulnerabilities);
    }

    public Optional<Vulnerability> find(String cve) {
        return vulnerabilities.stream().filter(v -> v.cve().equals(cve)).findFirst();
    }

    /** How many records are in CISA KEV. */
    public long kevCount() {
        return vulnerabilities.stream().filter(v -> v.kev().isPresent()).count();
    }

    /** This knowledge base as built on another date (the drift test compares everything else). */
    public KnowledgeBase withBuilt(String date) {
        return new KnowledgeBase(format, date, sources, vulnerabilities);
    }
}
