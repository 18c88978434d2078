package dev.blindspot.report;

import dev.blindspot.check.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The short human summary printed on the terminal after a scan: header, failing counts by severity, the top
 * failing findings, unknowns with their commonest reasons, and where the full report is. Every value that may
 * come from a device or the command line goes through {@link TerminalText}. Colour only when asked.
 */
public final class SummaryPrinter {

    public static final int DEFAULT_TOP = 10;
    static final int TOP_REASONS = 3;
    static final int MAX_TITLE = 80;
    static final int MAX_EVIDENCE = 100;
    static final int MAX_TARGETS = 3;

    private final int top;
    private final boolean colour;

    /** Top 10 failing findings, no colour. */
    public SummaryPrinter() {
        this(DEFAULT_TOP, false);
    }

    public SummaryPrinter(int top, boolean colour) {
        if (top < 0) {
            throw new IllegalArgumentException("top must not be negative: " + top);
        }
        this.top = top;
        this.colour = colour;
    }

    public void print(Report report, Optional<Path> reportFile, PrintStream out) {
        out.print(render(report, reportFile));
        out.flush();
    }

    public void print(Report report, Optional<Path> reportFile, Appendable out) throws IOException {
        out.append(render(report, reportFile));
    }

    public String render(Report report, Optional<Path> reportFile) {
        StringBuilder out = new StringBuilder();
        header(report, out);
        score(report, out);
        failing(report, out);
        unknown(report, out);
        reportFile.ifPresent(f -> out.append("Full report: ").append(TerminalText.clean(f.toString(), 4096)).append('\n'));
        return out.toString();
    }

    private static void header(Report report, StringBuilder out) {
        ScanInfo scan = report.scan();
        out.append(TerminalText.clean(report.tool().name(), 40)).append(' ')
                .append(TerminalText.clean(report.tool().version(), 40)).append(": ")
                .append(targets(scan.targets())).append(" - ")
                .append(plural(report.summary().assets(), "asset")).append(" - ")
                .append(scan.complete() ? "scan complete" : "scan INCOMPLETE").append('\n');
        if (!scan.complete()) {
            scan.notes().stream().limit(5).forEach(n -> out.append("  note: ").append(TerminalText.clean(n)).append('\n'));
        }
    }

    /** The checklist score and the item whose fixing raises it most, when the report has a judged checklist. */
    private static void score(Report report, StringBuilder out) {
        var checklist = report.checklist();
        if (checklist.items().isEmpty()) {
            return;
        }
        long assessed = checklist.items().stream().filter(i -> i.assessed()).count();
        out.append("Checklist score: ").append(checklist.overall().map(s -> s + "/100").orElse("not assessed"))
                .append(" over ").append(assessed).append(" of ").append(checklist.items().size()).append(" items");
        checklist.raiseMost().stream().findFirst().ifPresent(s -> out.append("; fixing \"")
                .append(TerminalText.clean(s.title(), MAX_TITLE)).append("\" raises it to ").append(s.to()));
        out.append('\n');
    }

    private static String targets(List<String> targets) {
        if (targets.isEmpty()) {
            return "no targets";
        }
        String shown = targets.stream().limit(MAX_TARGETS).map(t -> TerminalText.clean(t, 60))
                .collect(Collectors.joining(", "));
        return targets.size() > MAX_TARGETS ? shown + " (+" + (targets.size() - MAX_TARGETS) + " more)" : shown;
    }

    private void failing(Report report, StringBuilder out) {
        Map<String, Integer> counts = report.summary().findings();
        out.append("Failing findings: ");
        for (Severity s : Severity.values()) {
            out.append(s == Severity.CRITICAL ? "" : ", ").append(counts.getOrDefault(s.wireName(), 0))
                    .append(' ').append(s.wireName());
        }
        out.append('\n');
        List<FindingEntry> failing = report.findings().stream().filter(FindingEntry::open)
                .sorted(FindingOrder.comparator()).toList();
        List<FindingEntry> shown = failing.stream().limit(top).toList();
        int width = shown.stream().mapToInt(f -> location(f).length()).max().orElse(0);
        for (FindingEntry f : shown) {
            out.append("  ").append(severityLabel(f.severity())).append("  ")
                    .append(pad(location(f), width)).append("  ")
                    .append(TerminalText.clean(f.title(), MAX_TITLE)).append(" - ")
                    .append(TerminalText.clean(f.evidence(), MAX_EVIDENCE)).append('\n');
        }
        if (failing.size() > shown.size()) {
            out.append("  ... and ").append(failing.size() - shown.size()).append(" more failing\n");
        }
    }

    private static void unknown(Report report, StringBuilder out) {
        List<FindingEntry> unknown = report.findings().stream().filter(f -> "unknown".equals(f.status())).toList();
        if (unknown.isEmpty()) {
            return;
        }
        out.append(unknown.size()).append(" unknown (could not be checked), commonest reasons:\n");
        Map<String, Long> byReason = unknown.stream().collect(Collectors.groupingBy(
                f -> TerminalText.clean(f.reason().orElse(f.evidence()), MAX_EVIDENCE), TreeMap::new,
                Collectors.counting()));
        List<Map.Entry<String, Long>> reasons = byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(TOP_REASONS).toList();
        for (Map.Entry<String, Long> r : reasons) {
            out.append("  ").append(r.getValue()).append(" x ").append(r.getKey()).append('\n');
        }
    }

    private static String location(FindingEntry f) {
        String asset = TerminalText.clean(f.asset(), 64);
        String host = asset.contains(":") && f.port().isPresent() ? "[" + asset + "]" : asset;
        return f.port().map(p -> host + ":" + p).orElse(host);
    }

    private String severityLabel(Severity s) {
        String label = pad(s.wireName().toUpperCase(Locale.ROOT), 8);
        if (!colour) {
            return label;
        }
        String code = switch (s) {
            case CRITICAL -> "1;31";
            case HIGH -> "31";
            case MEDIUM -> "33";
            case LOW -> "36";
            case INFO -> "2";
        };
        return "\u001b[" + code + "m" + label + "\u001b[0m";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
