package dev.blindspot.report;

import dev.blindspot.inventory.Inventory;
import java.util.Comparator;

/**
 * Report order of findings: failing ones first, worst severity first; then unknown; then pass.
 * Ties go by asset address (numeric), port (none first), check id, then finding id.
 */
public final class FindingOrder {

    private FindingOrder() {}

    public static Comparator<FindingEntry> comparator() {
        return Comparator.comparingInt(FindingOrder::rank)
                .thenComparing(FindingEntry::asset, Inventory::compareAddresses)
                .thenComparingInt(f -> f.port().orElse(-1))
                .thenComparing(FindingEntry::checkId)
                .thenComparing(FindingEntry::id);
    }

    /** 0..4 for failing findings by severity, 5 for unknown, 6 for pass, 7 for anything else. */
    static int rank(FindingEntry f) {
        return switch (f.status()) {
            case "fail" -> f.severity().ordinal();
            case "unknown" -> 5;
            case "pass" -> 6;
            default -> 7;
        };
    }
}
