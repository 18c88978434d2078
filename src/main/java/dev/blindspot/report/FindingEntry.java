package dev.blindspot.report;

import dev.blindspot.check.Confidence;
import dev.blindspot.check.Severity;
import dev.blindspot.check.Threat;
import java.util.List;
import java.util.Optional;

/**
 * One check result joined with its check's metadata.
 *
 * @param id         stable across scans: hash of checkId, asset, port and detail
 * @param status     pass, fail or unknown
 * @param reason     for unknown: why the check could not tell; otherwise null
 * @param suppressed the operator's accepted-risk entry (reason, expiry) when one applies; null otherwise
 */
public record FindingEntry(String id, String checkId, String title, Severity severity, String status,
                           Threat threat, String asset, Optional<Integer> port, String evidence,
                           Optional<String> reason, String risk, String remediation, List<String> references,
                           Confidence confidence, Optional<Suppression> suppressed) {

    public FindingEntry {
        references = List.copyOf(references);
        suppressed = suppressed == null ? Optional.empty() : suppressed;
    }

    /** A finding without suppression. */
    public FindingEntry(String id, String checkId, String title, Severity severity, String status, Threat threat,
                        String asset, Optional<Integer> port, String evidence, Optional<String> reason, String risk,
                        String remediation, List<String> references, Confidence confidence) {
        this(id, checkId, title, severity, status, threat, asset, port, evidence, reason, risk, remediation, references,
                confidence, Optional.empty());
    }

    public boolean failing() {
        return "fail".equals(status);
    }

    /** Failing and not suppressed: what the operator still has to fix. */
    public boolean open() {
        return failing() && suppressed.isEmpty();
    }

    /** This finding with an accepted-risk entry. */
    public FindingEntry suppressedBy(Suppression s) {
        return new FindingEntry(id, checkId, title, severity, status, threat, asset, port, evidence, reason, risk,
                remediation, references, confidence, Optional.of(s));
    }
}
