package dev.blindspot.report.render;

import dev.blindspot.check.Threat;
import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The report as GitHub-flavoured Markdown: summary, the gaps to close first, failing findings by threat area, then
 * unknown ones and the assets. Device strings are hostile: every one goes through {@link #text}, which turns HTML
 * metacharacters into entities and backslash-escapes Markdown syntax, so a banner cannot add links, images, HTML
 * or table cells.
 */
public final class MarkdownReport {

    static final int TOP = 10;

    public String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# Blindspot assessment\n\n");
        md.append("Scanned ").append(text(String.join(", ", report.scan().targets()))).append(" (profile ")
                .append(text(report.scan().profile())).append(") from ").append(text(report.scan().startedAt()))
                .append(" to ").append(text(report.scan().finishedAt())).append(report.scan().complete() ? "" : " — **incomplete**")
                .append(".\n\n");
        md.append("| assets | critical | high | medium | low | info | unknown | pass |\n|---|---|---|---|---|---|---|---|\n");
        var s = report.summary();
        md.append("| ").append(s.assets());
        for (String sev : List.of("critical", "high", "medium", "low", "info")) {
            md.append(" | ").append(s.findings().getOrDefault(sev, 0));
        }
        md.append(" | ").append(s.statuses().getOrDefault("unknown", 0)).append(" | ")
                .append(s.statuses().getOrDefault("pass", 0)).append(" |\n\n");

        List<FindingEntry> failing = report.findings().stream().filter(FindingEntry::open).toList();
        md.append("## Close these first\n\n");
        if (failing.isEmpty()) {
            md.append("No failing finding.\n\n");
        }
        int n = 0;
        for (FindingEntry f : failing.subList(0, Math.min(TOP, failing.size()))) {
            md.append(++n).append(". **").append(f.severity().wireName().toUpperCase(java.util.Locale.ROOT)).append("** ")
                    .append(text(f.title())).append(" — `").append(code(SarifReport.where(f))).append("`  \n   ")
                    .append(text(f.evidence())).append("  \n   Fix: ").append(text(f.remediation())).append('\n');
        }
        md.append('\n');
        for (Threat t : Threat.values()) {
            List<FindingEntry> area = failing.stream().filter(f -> f.threat() == t).toList();
            if (area.isEmpty()) {
                continue;
            }
            md.append("## ").append(t.title()).append("\n\n| severity | finding | asset | evidence | confidence |\n|---|---|---|---|---|\n");
            for (FindingEntry f : area) {
                md.append("| ").append(f.severity().wireName()).append(" | ").append(text(f.title())).append(" | `")
                        .append(code(SarifReport.where(f))).append("` | ").append(text(f.evidence())).append(" | ")
                        .append(f.confidence().wireName()).append(" |\n");
            }
            md.append('\n');
        }
        List<FindingEntry> unknown = report.findings().stream().filter(f -> f.status().equals("unknown")).toList();
        if (!unknown.isEmpty()) {
            md.append("## Could not tell\n\n| check | asset | why |\n|---|---|---|\n");
            for (FindingEntry f : unknown) {
                md.append("| ").append(text(f.title())).append(" | `").append(code(SarifReport.where(f))).append("` | ")
                        .append(text(f.reason().orElse(f.evidence()))).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Assets\n\n| address | vendor | model | firmware | class | ports |\n|---|---|---|---|---|---|\n");
        for (AssetEntry a : report.assets()) {
            md.append("| `").append(code(a.address())).append("` | ").append(text(a.vendor().orElse(""))).append(" | ")
                    .append(text(a.model().orElse(""))).append(" | ").append(text(a.firmware().orElse(""))).append(" | ")
                    .append(text(a.deviceClass().orElse(""))).append(" | ")
                    .append(text(a.ports().stream().map(p -> p.port() + "/" + p.transport()).collect(Collectors.joining(" "))))
                    .append(" |\n");
        }
        if (!report.scan().notes().isEmpty()) {
            md.append("\n## Notes\n\n");
            report.scan().notes().forEach(note -> md.append("- ").append(text(note)).append('\n'));
        }
        return md.toString();
    }

    /** Device text for Markdown: entities for {@code & < > "}, backslash before Markdown syntax, one line. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if ("\\`*_{}[]()!|~".indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Text inside a code span: backticks and line breaks cannot close it early. */
    static String code(String s) {
        return s.replace('`', '\'').replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
    }
}
