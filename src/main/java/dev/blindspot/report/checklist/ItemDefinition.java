package dev.blindspot.report.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One checklist item as defined in {@code checklist/checklist.yaml}: automatic (judged by the findings of
 * {@code checks}), manual (a {@code question} the operator answers in answers.yaml), or both: judged by the scan
 * where its checks produced a result (router audited, config given), by the answer otherwise.
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

    /** No check can judge it: only the answer can. */
    public boolean manual() {
        return checks.isEmpty();
    }

    /** The operator may answer it (it has a question). */
    public boolean answerable() {
        return question.isPresent();
    }
}
