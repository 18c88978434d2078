package dev.blindspot.vuln;

import dev.blindspot.vuln.kb.KbFile;
import dev.blindspot.vuln.kb.KbSources;
import dev.blindspot.vuln.kb.KnowledgeBase;
import dev.blindspot.vuln.match.VendorNames;
import dev.blindspot.vuln.match.VulnMatcher;
import dev.blindspot.vuln.overlay.OverlayEntry;
import dev.blindspot.vuln.overlay.OverlayFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The loaded vulnerability knowledge: the knowledge base, the curated overlay and the matcher built from both.
 * Load it once (a factory reads the classpath) and hand it to whatever needs it.
 */
public record VulnKnowledge(KnowledgeBase kb, List<OverlayEntry> overlay, VulnMatcher matcher) {

    public VulnKnowledge {
        overlay = List.copyOf(overlay);
    }

    /** The bundled knowledge base ({@code vuln/kb.json}) and overlay ({@code vuln/overlay/index.txt}). */
    public static VulnKnowledge loadDefault() {
        return load(KbFile.bundled());
    }

    /** {@code kb} with the bundled overlay. */
    public static VulnKnowledge load(KnowledgeBase kb) {
        List<OverlayEntry> overlay = OverlayFiles.bundled();
        return new VulnKnowledge(kb, overlay, VulnMatcher.of(kb, overlay, VendorNames.loadDefault()));
    }

    /** What is loaded, for {@code blindspot db info}. */
    public List<String> describe(String where) {
        List<String> out = new ArrayList<>();
        KbSources s = kb.sources();
        out.add("knowledge base: " + where + " (format " + kb.format() + ", built " + kb.built() + ")");
        long withCpe = kb.vulnerabilities().stream().filter(v -> !v.cpe().isEmpty()).count();
        long withAffected = kb.vulnerabilities().stream().filter(v -> v.cpe().isEmpty() && !v.affected().isEmpty()).count();
        long withCvss = kb.vulnerabilities().stream().filter(v -> v.cvss().isPresent()).count();
        out.add("CVEs: " + kb.vulnerabilities().size() + " (" + withCpe + " with an NVD configuration, " + withAffected
                + " with CVE 5 affected versions only, " + withCvss + " with a CVSS v3 score)");
        out.add("CISA KEV: " + kb.kevCount() + " of them" + s.kev().map(k -> "; catalog " + k.file() + " version "
                + k.catalogVersion() + ", released " + k.dateReleased() + ", " + k.count() + " entries").orElse("; no catalog"));
        out.add("NVD: " + s.nvdFiles().size() + " files, newest lastModified " + s.nvdNewestModified().orElse("-"));
        out.add("CVE 5: " + s.cve5Files().size() + " records, newest dateUpdated " + s.cve5NewestUpdated().orElse("-"));
        for (KbSources.Skipped k : s.skipped()) {
            out.add("skipped at build: " + k.file() + ": " + k.reason());
        }
        Map<String, Integer> perFile = new TreeMap<>();
        overlay.forEach(e -> perFile.merge(e.file(), 1, Integer::sum));
        out.add("curated overlay: " + overlay.size() + " entries" + (perFile.isEmpty() ? "" : " " + perFile));
        out.add("matcher: " + matcher.ruleCount() + " rules");
        return out;
    }
}
