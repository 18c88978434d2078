package dev.blindspot.report;

import dev.blindspot.report.checklist.Checklist;

import java.util.List;

/**
 * The canonical report. Every other format renders from its JSON form. Field names are a contract:
 * add fields, never rename them (see {@code src/main/resources/schema/report.schema.json}).
 *
 * @param checklist the operator's checklist judged from the findings (and answers); empty items for an inventory
 *                  or a report written before checklists existed
 */
public record Report(ToolInfo tool, ScanInfo scan, List<AssetEntry> assets, List<FindingEntry> findings,
                     Summary summary, Checklist checklist) {

    public Report {
        assets = List.copyOf(assets);
        findings = List.copyOf(findings);
        checklist = checklist == null ? Checklist.none() : checklist;
    }

    /** A report without checklist. */
    public Report(ToolInfo tool, ScanInfo scan, List<AssetEntry> assets, List<FindingEntry> findings, Summary summary) {
        this(tool, scan, assets, findings, summary, Checklist.none());
    }

    /** This report with its checklist judged. */
    public Report withChecklist(Checklist judged) {
        return new Report(tool, scan, assets, findings, summary, judged);
    }

    public record ToolInfo(String name, String version) {}
}
