package dev.blindspot.report;

import dev.blindspot.check.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts. {@code findings} counts open (failing, not suppressed) findings by severity (what an operator must
 * fix); {@code statuses} counts all findings by status; {@code suppressed} the findings under an accepted risk.
 */
public record Summary(int assets, Map<String, Integer> findings, Map<String, Integer> statuses, int suppressed) {

    public Summary {
        findings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(findings));
        statuses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
    }

    public Summary(int assets, Map<String, Integer> findings, Map<String, Integer> statuses) {
        this(assets, findings, statuses, 0);
    }

    public static Summary of(List<AssetEntry> assets, List<FindingEntry> findings) {
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.wireName(), 0);
        }
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (String s : List.of("fail", "unknown", "pass")) {
            byStatus.put(s, 0);
        }
        for (FindingEntry f : findings) {
            byStatus.merge(f.status(), 1, Integer::sum);
            if (f.open()) {
                bySeverity.merge(f.severity().wireName(), 1, Integer::sum);
            }
        }
        int suppressed = (int) findings.stream().filter(f -> f.suppressed().isPresent()).count();
        return new Summary(assets.size(), bySeverity, byStatus, suppressed);
    }
}
