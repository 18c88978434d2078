package dev.blindspot.report;

import java.util.Objects;
import java.util.Optional;

/**
 * An accepted risk: a finding the operator chose to suppress until {@code expires} (ISO date), with the reason and
 * who decided. A suppressed finding keeps its status and evidence but no longer counts as open (summary counts,
 * top gaps, {@code --fail-on}); an expired suppression is not applied and the report's notes say so.
 */
public record Suppression(String reason, String expires, Optional<String> by) {

    public Suppression {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(by, "by");
    }
}
