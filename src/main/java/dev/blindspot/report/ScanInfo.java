package dev.blindspot.report;

import java.util.List;

/**
 * What was scanned and how.
 *
 * @param complete  false when the scan was interrupted or stopped early; the report then holds what was learned
 * @param notes     operator-facing remarks about the run (e.g. why it is incomplete)
 * @param checksRun false for an inventory: assets only, no check ran
 */
public record ScanInfo(String startedAt, String finishedAt, List<String> targets, List<String> excluded,
                       String profile, boolean complete, int addressesInScope, int addressesProbed,
                       List<String> notes, boolean checksRun) {

    public ScanInfo {
        targets = List.copyOf(targets);
        excluded = List.copyOf(excluded);
        notes = List.copyOf(notes);
    }

    /** An assessment's scan information (checks ran). */
    public ScanInfo(String startedAt, String finishedAt, List<String> targets, List<String> excluded,
                    String profile, boolean complete, int addressesInScope, int addressesProbed, List<String> notes) {
        this(startedAt, finishedAt, targets, excluded, profile, complete, addressesInScope, addressesProbed, notes, true);
    }
}
