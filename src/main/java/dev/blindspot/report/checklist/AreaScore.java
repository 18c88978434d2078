package dev.blindspot.report.checklist;

import java.util.Optional;

/**
 * An area's score: weight of passing items over weight of assessed (pass + fail) items, 0-100; empty when no
 * item of the area could be assessed. Unknown and unanswered manual items do not count either way.
 */
public record AreaScore(String area, String title, Optional<Integer> score, int pass, int fail, int unknown, int manual) {}
