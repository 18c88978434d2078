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
 */
public record FindingEntry(String id, String checkId, String title, Severity severity, String status,
                           Threat threat, String asset, Optional<Integer> port, String evidence,
                           Optional<String> reason, String risk, String remediation, List<String> references,
                           Confidence confidence) {

    public FindingEntry {
        references = List.copyOf(references);
    }

    public boolean failing() {
        return "fail".equals(status);
    }
}
