package dev.blindspot.report.checklist;

import java.util.Objects;
import java.util.Optional;

/**
 * The operator's answer to a manual checklist item.
 *
 * @param yes  true = the control is in place (PASS), false = it is not (FAIL)
 * @param by   who answered
 * @param date when (ISO date as written)
 * @param note free text (shown escaped)
 */
public record Answer(boolean yes, Optional<String> by, Optional<String> date, Optional<String> note) {

    public Answer {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(note, "note");
    }
}
