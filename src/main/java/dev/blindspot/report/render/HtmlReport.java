package dev.blindspot.report.render;

import dev.blindspot.check.Severity;
import dev.blindspot.check.Threat;
import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;
import dev.blindspot.report.checklist.AreaScore;
import dev.blindspot.report.checklist.Checklist;
import dev.blindspot.report.checklist.ChecklistItem;
import dev.blindspot.report.checklist.Suggestion;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML page: no script, no external resource (a Content-Security-Policy of
 * {@code default-src 'none'} makes the browser refuse any request even if a string slipped through), readable on a
 * phone. Sections: headline score, the gaps to close first, a severity chart (inline SVG), findings by threat area
 * and severity, the checklist, per-asset sections with evidence, what could not be judged. Every string goes
 * through {@link Html#text}.
 */
public final class HtmlReport {

    static final int TOP = 10;
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    public String render(Report report) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>Blindspot assessment: ").append(Html.text(String.join(", ", report.scan().targets())))
                .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(h, report);
        score(h, report.checklist());
        top(h, report);
        chart(h, report);
        areas(h, report);
        checklist(h, report.checklist());
        assets(h, report);
        unknown(h, report);
        h.append("<footer><p>").append(Html.text(report.tool().name())).append(' ').append(Html.text(report.tool().version()))
                .append(". Rendered from the canonical JSON report.</p>");
        if (!report.scan().notes().isEmpty()) {
            h.append("<ul class=\"notes\">");
            report.scan().notes().forEach(n -> h.append("<li>").append(Html.text(n)).append("</li>"));
            h.append("</ul>");
        }
        h.append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, Report r) {
        h.append("<header><h1>Blindspot assessment</h1><p class=\"meta\">")
                .append(Html.text(String.join(", ", r.scan().targets()))).append(" &middot; profile ")
                .append(Html.text(r.scan().profile())).append(" &middot; ").append(Html.text(moment(r.scan().startedAt())))
                .append(" to ").append(Html.text(moment(r.scan().finishedAt()))).append(" &middot; ").append(r.summary().assets())
                .append(" assets");
        if (!r.scan().complete()) {
            h.append(" &middot; <strong class=\"bad\">incomplete scan</strong>");
        }
        h.append("</p></header>\n");
    }

    private static void score(StringBuilder h, Checklist c) {
        h.append("<section id=\"score\"><h2>Score</h2><div class=\"headline\"><span class=\"big\">")
                .append(c.overall().map(String::valueOf).orElse("&ndash;")).append("</span><span>/100 over ")
                .append(c.items().stream().filter(ChecklistItem::assessed).count()).append(" assessed checklist items of ")
                .append(c.items().size()).append("</span></div>");
        if (!c.areas().isEmpty()) {
            h.append("<table class=\"areas\"><thead><tr><th>Area</th><th>Score</th><th>pass</th><th>fail</th><th>unknown</th><th>manual</th></tr></thead><tbody>");
            for (AreaScore a : c.areas()) {
                int s = a.score().orElse(0);
                h.append("<tr><td>").append(Html.text(a.title())).append("</td><td>");
                if (a.score().isPresent()) {
                    h.append("<span class=\"bar\"><span style=\"width:").append(s).append("%\"></span></span> ").append(s);
                } else {
                    h.append("not assessed");
                }
                h.append("</td><td>").append(a.pass()).append("</td><td>").append(a.fail()).append("</td><td>")
                        .append(a.unknown()).append("</td><td>").append(a.manual()).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        if (!c.raiseMost().isEmpty()) {
            h.append("<h3>What would raise the score most</h3><ol>");
            for (Suggestion s : c.raiseMost()) {
                h.append("<li>").append(Html.text(s.title())).append(": ").append(s.from()).append(" &rarr; ").append(s.to());
                if (s.failingFindings() > 0) {
                    h.append(" (").append(s.failingFindings()).append(" failing finding").append(s.failingFindings() == 1 ? "" : "s").append(')');
                }
                h.append("</li>");
            }
            h.append("</ol>");
        }
        h.append("</section>\n");
    }

    private static void top(StringBuilder h, Report r) {
        List<FindingEntry> failing = r.findings().stream().filter(FindingEntry::open).toList();
        h.append("<section id=\"top\"><h2>Close these first</h2>");
        if (failing.isEmpty()) {
            h.append("<p>No failing finding.</p>");
        } else {
            h.append("<ol class=\"gaps\">");
            for (FindingEntry f : failing.subList(0, Math.min(TOP, failing.size()))) {
                h.append("<li>").append(badge(f.severity())).append(" <strong>").append(Html.text(f.title()))
                        .append("</strong> on <code>").append(Html.text(SarifReport.where(f))).append("</code><br><span class=\"ev\">")
                        .append(Html.text(f.evidence())).append("</span><br><span class=\"fix\">Fix: ")
                        .append(Html.text(f.remediation())).append("</span></li>");
            }
            h.append("</ol>");
        }
        h.append("</section>\n");
    }

    private static void chart(StringBuilder h, Report r) {
        Map<String, Integer> counts = r.summary().findings();
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int rowH = 28;
        h.append("<section id=\"chart\"><h2>Failing findings by severity</h2><svg role=\"img\" aria-label=\"failing findings by severity\" ")
                .append("viewBox=\"0 0 420 ").append(rowH * Severity.values().length + 4).append("\" width=\"100%\" style=\"max-width:560px\">");
        int y = 2;
        for (Severity s : Severity.values()) {
            int n = counts.getOrDefault(s.wireName(), 0);
            int w = (int) Math.round(260.0 * n / max);
            h.append("<text x=\"0\" y=\"").append(y + 18).append("\" class=\"lbl\">").append(s.wireName()).append("</text>")
                    .append("<rect x=\"80\" y=\"").append(y + 4).append("\" width=\"").append(Math.max(w, n > 0 ? 2 : 0))
                    .append("\" height=\"18\" class=\"sev-").append(s.wireName()).append("\"></rect>")
                    .append("<text x=\"").append(86 + w).append("\" y=\"").append(y + 18).append("\" class=\"lbl\">").append(n).append("</text>");
            y += rowH;
        }
        h.append("</svg></section>\n");
    }

    private static void areas(StringBuilder h, Report r) {
        h.append("<section id=\"findings\"><h2>Findings by threat area</h2>");
        boolean any = false;
        for (Threat t : Threat.values()) {
            List<FindingEntry> area = r.findings().stream().filter(f -> f.open() && f.threat() == t).toList();
            if (area.isEmpty()) {
                continue;
            }
            any = true;
            h.append("<h3>").append(Html.text(t.title())).append(" <small>(").append(area.size()).append(")</small></h3>");
            findingTable(h, area);
        }
        if (!any) {
            h.append("<p>No failing finding.</p>");
        }
        List<FindingEntry> accepted = r.findings().stream().filter(f -> f.suppressed().isPresent()).toList();
        if (!accepted.isEmpty()) {
            h.append("<h3>Suppressed (accepted risks, until their expiry)</h3><table><thead><tr><th>Finding</th><th>Asset</th>")
                    .append("<th>Reason</th><th>Until</th></tr></thead><tbody>");
            for (FindingEntry f : accepted) {
                var s = f.suppressed().orElseThrow();
                h.append("<tr><td>").append(Html.text(f.title())).append("</td><td><code>").append(Html.text(SarifReport.where(f)))
                        .append("</code></td><td>").append(Html.text(s.reason())).append(s.by().map(b -> " (" + Html.text(b) + ")").orElse(""))
                        .append("</td><td>").append(Html.text(s.expires())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>\n");
    }

    private static void findingTable(StringBuilder h, List<FindingEntry> findings) {
        h.append("<table class=\"findings\"><thead><tr><th>Severity</th><th>Finding</th><th>Asset</th><th>Evidence</th></tr></thead><tbody>");
        for (FindingEntry f : findings) {
            h.append("<tr><td>").append(badge(f.severity())).append("</td><td>").append(Html.text(f.title()))
                    .append("<details><summary>risk and fix</summary><p>").append(Html.text(f.risk())).append("</p><p><strong>Fix:</strong> ")
                    .append(Html.text(f.remediation())).append("</p>");
            references(h, f.references());
            h.append("<p class=\"id\">finding ").append(Html.text(f.id())).append(" &middot; ").append(Html.text(f.checkId()))
                    .append(" &middot; confidence ").append(f.confidence().wireName()).append("</p></details></td><td><code>")
                    .append(Html.text(SarifReport.where(f))).append("</code></td><td class=\"ev\">").append(Html.text(f.evidence()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private static void references(StringBuilder h, List<String> refs) {
        if (refs.isEmpty()) {
            return;
        }
        h.append("<ul class=\"refs\">");
        for (String ref : refs) {
            String href = Html.href(ref);
            h.append("<li>");
            if (href.isEmpty()) {
                h.append(Html.text(ref));
            } else {
                h.append("<a rel=\"noreferrer noopener\" href=\"").append(href).append("\">").append(Html.text(ref)).append("</a>");
            }
            h.append("</li>");
        }
        h.append("</ul>");
    }

    private static void checklist(StringBuilder h, Checklist c) {
        h.append("<section id=\"checklist\"><h2>Checklist</h2>");
        if (c.items().isEmpty()) {
            h.append("<p>No checklist: this report is an inventory (no checks ran) or predates checklists.</p></section>\n");
            return;
        }
        long manual = c.items().stream().filter(i -> i.question().isPresent()).count();
        long answered = c.items().stream().filter(ChecklistItem::answered).count();
        h.append("<p>").append(answered).append(" of ").append(manual)
                .append(" manual items answered (<code>--answers answers.yaml</code>, see docs/answers.md).</p>");
        h.append("<table class=\"checklist\"><thead><tr><th>Area</th><th>Item</th><th>Status</th><th>Why</th></tr></thead><tbody>");
        for (ChecklistItem i : c.items()) {
            h.append("<tr><td>").append(Html.text(i.area())).append("</td><td>").append(Html.text(i.title()));
            i.question().ifPresent(q -> h.append("<br><small>").append(Html.text(q)).append("</small>"));
            h.append("</td><td><span class=\"st st-").append(Html.text(i.status())).append("\">")
                    .append(Html.text(i.status().toUpperCase(Locale.ROOT))).append("</span></td><td>").append(Html.text(i.basis()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void assets(StringBuilder h, Report r) {
        h.append("<section id=\"assets\"><h2>Assets</h2>");
        Map<String, List<FindingEntry>> byAsset = r.findings().stream().filter(f -> !f.status().equals("pass"))
                .collect(Collectors.groupingBy(FindingEntry::asset));
        for (AssetEntry a : r.assets()) {
            List<FindingEntry> mine = byAsset.getOrDefault(a.address(), List.of());
            long fails = mine.stream().filter(FindingEntry::failing).count();
            h.append("<details class=\"asset\"><summary><code>").append(Html.text(a.address())).append("</code> ")
                    .append(Html.text(a.vendor().orElse("unknown vendor"))).append(' ').append(Html.text(a.model().orElse("")))
                    .append(fails > 0 ? " <span class=\"st st-fail\">" + fails + " failing</span>" : "").append("</summary><dl>");
            dl(h, "Vendor", a.vendor().orElse(""));
            dl(h, "Manufacturer", a.manufacturer().orElse(""));
            dl(h, "Model", a.model().orElse(""));
            dl(h, "Firmware", a.firmware().orElse(""));
            dl(h, "Class", a.deviceClass().orElse(""));
            dl(h, "Identified with", a.confidence().orElse(""));
            dl(h, "CPE", String.join(" ", a.cpe()));
            dl(h, "Ports", a.ports().stream().map(p -> p.port() + "/" + p.transport() + " " + p.service()).collect(Collectors.joining(", ")));
            h.append("</dl>");
            if (!a.evidence().isEmpty()) {
                h.append("<table class=\"evidence\"><thead><tr><th>Source</th><th>Seen</th></tr></thead><tbody>");
                a.evidence().forEach(e -> h.append("<tr><td>").append(Html.text(e.source())).append("</td><td class=\"ev\">")
                        .append(Html.text(e.value())).append("</td></tr>"));
                h.append("</tbody></table>");
            }
            if (!mine.isEmpty()) {
                findingTable(h, mine);
            }
            h.append("</details>");
        }
        h.append("</section>\n");
    }

    private static void dl(StringBuilder h, String term, String value) {
        if (!value.isEmpty()) {
            h.append("<dt>").append(term).append("</dt><dd>").append(Html.text(value)).append("</dd>");
        }
    }

    private static void unknown(StringBuilder h, Report r) {
        List<FindingEntry> unknown = r.findings().stream().filter(f -> f.status().equals("unknown")).toList();
        if (unknown.isEmpty()) {
            return;
        }
        h.append("<section id=\"unknown\"><h2>Could not tell (").append(unknown.size()).append(")</h2>")
                .append("<table><thead><tr><th>Check</th><th>Asset</th><th>Why</th></tr></thead><tbody>");
        for (FindingEntry f : unknown) {
            h.append("<tr><td>").append(Html.text(f.title())).append("</td><td><code>").append(Html.text(SarifReport.where(f)))
                    .append("</code></td><td>").append(Html.text(f.reason().orElse(f.evidence()))).append("</td></tr>");
        }
        h.append("</tbody></table></section>\n");
    }

    /** {@code 2026-11-22T04:09:57.0961Z} -> {@code 2026-11-22 04:09:57 UTC}; anything else as it is. */
    static String moment(String iso) {
        if (iso != null && iso.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z")) {
            return iso.substring(0, 10) + " " + iso.substring(11, 19) + " UTC";
        }
        return iso;
    }

    private static String badge(Severity s) {
        return "<span class=\"sev sev-" + s.wireName() + "\">" + s.wireName() + "</span>";
    }

    static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:0 12px 40px;color:#1b1f24;background:#fff}
            header{border-bottom:2px solid #1b1f24;margin-bottom:8px}h1{margin:16px 0 4px;font-size:1.6em}.meta{color:#555;margin:0 0 10px}
            h2{margin-top:28px;border-bottom:1px solid #ddd}code{font-family:ui-monospace,Consolas,monospace;font-size:.92em;word-break:break-all}
            .headline{display:flex;align-items:baseline;gap:10px}.big{font-size:3em;font-weight:700}
            table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border-bottom:1px solid #e3e3e3;padding:5px 6px;text-align:left;vertical-align:top}
            th{background:#f5f5f5}.ev{word-break:break-word;white-space:pre-wrap}.fix{color:#0b5}
            .bar{display:inline-block;width:120px;height:10px;background:#eee;border-radius:5px;overflow:hidden;vertical-align:middle}
            .bar span{display:block;height:100%;background:#2a7}
            .sev,.st{display:inline-block;padding:1px 7px;border-radius:9px;font-size:.82em;font-weight:600;color:#fff}
            .sev-critical{background:#7a0010;fill:#7a0010}.sev-high{background:#c1272d;fill:#c1272d}.sev-medium{background:#d97900;fill:#d97900}
            .sev-low{background:#3a6ea5;fill:#3a6ea5}.sev-info{background:#777;fill:#777}
            .st-pass{background:#2a7}.st-fail{background:#c1272d}.st-unknown{background:#777}.st-manual{background:#5a4fcf}
            .lbl{font-size:13px;fill:#333}.gaps li{margin-bottom:10px}details.asset{border:1px solid #e3e3e3;border-radius:6px;margin:6px 0;padding:4px 8px}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dt{font-weight:600}dd{margin:0;word-break:break-word}
            .id,small{color:#666}.bad{color:#c1272d}footer{margin-top:30px;color:#666;font-size:.9em}
            @media (max-width:640px){th:nth-child(4),td:nth-child(4){display:none}.big{font-size:2.2em}}
            """;
}
