package dev.blindspot.report.render;

import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.InventoryCsv;
import dev.blindspot.report.Report;

import java.util.List;

/**
 * The findings of a report as CSV, one row per finding in report order (failing first, worst first), with the
 * same RFC 4180 quoting and spreadsheet-formula defusing as the inventory CSV.
 */
public final class FindingsCsv {

    static final List<String> COLUMNS = List.of("id", "status", "severity", "threat", "check", "title", "asset",
            "port", "confidence", "evidence", "reason", "remediation", "references");

    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        InventoryCsv.row(out, COLUMNS);
        for (FindingEntry f : report.findings()) {
            InventoryCsv.row(out, List.of(f.id(), f.status(), f.severity().wireName(), f.threat().wireName(),
                    f.checkId(), f.title(), f.asset(), f.port().map(String::valueOf).orElse(""),
                    f.confidence().wireName(), f.evidence(), f.reason().orElse(""), f.remediation(),
                    String.join(" ", f.references())));
        }
        return out.toString();
    }
}
