package dev.blindspot.vuln.match;

import dev.blindspot.inventory.Identity;
import dev.blindspot.vuln.kb.KnowledgeBase;
import dev.blindspot.vuln.overlay.OverlayEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches identities against the knowledge base and curated overlay: for each CVE that applies, the best-founded
 * match (confirmed, likely, possible) with its reason. Rules are indexed by vendor, so an identity is compared only
 * with its own vendor's (and OEM manufacturer's) CVEs. Immutable and thread-safe.
 */
public final class VulnMatcher {

    private static final Comparator<VulnMatch> ORDER = Comparator.comparing(VulnMatch::confidence)
            .thenComparing(m -> m.vulnerability().kev().isEmpty())
            .thenComparing(VulnMatch::cve);

    private final Map<String, List<Rule>> byVendor;
    private final Map<String, Integer> cvesByVendor;
    private final VendorNames names;

    private VulnMatcher(Map<String, List<Rule>> byVendor, Map<String, Integer> cvesByVendor, VendorNames names) {
        this.byVendor = byVendor;
        this.cvesByVendor = cvesByVendor;
        this.names = names;
    }

    /** A matcher over {@code kb} with the {@code overlay} entries taking precedence for their CVEs. */
    public static VulnMatcher of(KnowledgeBase kb, List<OverlayEntry> overlay, VendorNames names) {
        Map<String, List<Rule>> index = new HashMap<>();
        for (Rule r : RuleCompiler.compile(kb, overlay, names)) {
            index.computeIfAbsent(r.vendorKey(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Integer> counts = new HashMap<>();
        index.forEach((k, rules) -> counts.put(k, (int) rules.stream().map(r -> r.vulnerability().cve()).distinct().count()));
        Map<String, List<Rule>> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new VulnMatcher(Map.copyOf(frozen), Map.copyOf(counts), names);
    }

    /** The CVEs that apply to {@code identity}, one match per CVE (the best-founded), confirmed first. */
    public List<VulnMatch> match(Identity identity) {
        Asset asset = Asset.of(identity, names);
        Map<String, VulnMatch> best = new LinkedHashMap<>();
        for (String vendor : asset.vendorKeys()) {
            for (Rule r : byVendor.getOrDefault(vendor, List.of())) {
                r.assess(asset).ifPresent(m -> best.merge(m.cve(), m,
                        (a, b) -> b.confidence().compareTo(a.confidence()) < 0 ? b : a));
            }
        }
        List<VulnMatch> out = new ArrayList<>(best.values());
        out.sort(ORDER);
        return out;
    }

    /** How many CVEs the knowledge base holds for the identity's vendor and manufacturer. */
    public int cvesForVendor(Identity identity) {
        Set<String> cves = new HashSet<>();
        int n = 0;
        for (String vendor : Asset.of(identity, names).vendorKeys()) {
            for (Rule r : byVendor.getOrDefault(vendor, List.of())) {
                if (cves.add(r.vulnerability().cve())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** How many vendors have rules, and how many rules in all. */
    public int ruleCount() {
        return byVendor.values().stream().mapToInt(List::size).sum();
    }

    int vendorCount() {
        return cvesByVendor.size();
    }
}
