package dev.blindspot.report.render;

import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two reports, by the stable finding id (hash of check, asset, port and detail):
 * {@code added} fail now and did not before, {@code fixed} failed before and do not now (passing or no longer
 * reported), {@code unchanged} fail in both. Findings that never failed are left out.
 */
public record ReportDiff(List<FindingEntry> added, List<FindingEntry> fixed, List<FindingEntry> unchanged) {

    public ReportDiff {
        added = List.copyOf(added);
        fixed = List.copyOf(fixed);
        unchanged = List.copyOf(unchanged);
    }

    public static ReportDiff between(Report older, Report newer) {
        Map<String, FindingEntry> before = failingById(older);
        Map<String, FindingEntry> now = failingById(newer);
        List<FindingEntry> added = new ArrayList<>();
        List<FindingEntry> unchanged = new ArrayList<>();
        now.forEach((id, f) -> (before.containsKey(id) ? unchanged : added).add(f));
        List<FindingEntry> fixed = before.entrySet().stream()
                .filter(e -> !now.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        return new ReportDiff(added, fixed, unchanged);
    }

    /** True when {@code id} failed in the older report. */
    public boolean failedBefore(String id) {
        return unchanged.stream().anyMatch(f -> f.id().equals(id)) || fixed.stream().anyMatch(f -> f.id().equals(id));
    }

    private static Map<String, FindingEntry> failingById(Report report) {
        Map<String, FindingEntry> out = new LinkedHashMap<>();
        report.findings().stream().filter(FindingEntry::failing).forEach(f -> out.putIfAbsent(f.id(), f));
        return out;
    }
}
