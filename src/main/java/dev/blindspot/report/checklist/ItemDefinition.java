package dev.blindspot.report.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One checklist item as defined in {@code checklist/checklist.yaml}: automatic (judged by the findings of
 * {@code checks}) or manual (a {@code question} the operator answers in answers.yaml).
 */
public record ItemDefinition(String id, String area, int weight, String title, Optional<String> question,
                             List<String> checks) {

    public ItemDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(title, "title");
        question = question == null ? Optional.empty() : question;
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public boolean manual() {
        return checks.isEmpty();
    }
}
