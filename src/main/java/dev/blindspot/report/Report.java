package dev.blindspot.report;

import java.util.List;

/**
 * The canonical report. Every other format renders from its JSON form. Field names are a contract:
 * add fields, never rename them (see {@code src/main/resources/schema/report.schema.json}).
 */
public record Report(ToolInfo tool, ScanInfo scan, List<AssetEntry> assets, List<FindingEntry> findings,
                     Summary summary) {

    public Report {
        assets = List.copyOf(assets);
        findings = List.copyOf(findings);
    }

    public record ToolInfo(String name, String version) {}
}
