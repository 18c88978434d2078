package dev.blindspot.report.checklist;

import java.util.List;
import java.util.Optional;

/**
 * The operator's checklist as judged for one report: every item, a score per area and overall (over assessed
 * items only, weighted; see {@link AreaScore}), and the items whose fixing raises the overall score most.
 */
public record Checklist(int version, List<ChecklistItem> items, List<AreaScore> areas, Optional<Integer> overall,
                        List<Suggestion> raiseMost) {

    public Checklist {
        items = List.copyOf(items);
        areas = List.copyOf(areas);
        raiseMost = List.copyOf(raiseMost);
    }

    /** No checklist: an inventory, or a report written before checklists existed. */
    public static Checklist none() {
        return new Checklist(0, List.of(), List.of(), Optional.empty(), List.of());
    }
}
