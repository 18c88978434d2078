package dev.blindspot.report.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of the report's checklist.
 *
 * @param status   pass, fail, unknown (automatic, the scan could not tell), manual (no scan can see it; unanswered)
 * @param basis    why: the findings counted, the answer given, or why it could not be judged
 * @param findings ids of the findings behind the status (failing ones for fail)
 * @param answered true when the status comes from the operator's answer
 */
public record ChecklistItem(String id, String area, String title, int weight, String status, String basis,
                            List<String> findings, Optional<String> question, boolean answered) {

    public ChecklistItem {
        Objects.requireNonNull(status, "status");
        findings = List.copyOf(findings);
    }

    /** PASS or FAIL: counts in the score. */
    public boolean assessed() {
        return status.equals("pass") || status.equals("fail");
    }
}
