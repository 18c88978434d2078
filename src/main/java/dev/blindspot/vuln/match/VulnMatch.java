package dev.blindspot.vuln.match;

import dev.blindspot.vuln.kb.Vulnerability;
import java.util.Objects;
import java.util.Optional;

/**
 * One CVE that applies to one asset, with how sure and why.
 *
 * @param reason what matched, in words: model family, firmware vs the stated range, or vendor only
 * @param fixed  the firmware that fixes it, when known (or why there is none)
 * @param source where the range comes from (curated overlay file and its source, NVD configuration, CVE 5 record)
 * @param firmwareUndecided true for a likely match whose record states a version range but the firmware is unknown or
 *                          cannot be placed in it (missing build date, unparseable); false when the record itself
 *                          names no version (the model family is all it says) or the match is not likely
 */
public record VulnMatch(Vulnerability vulnerability, MatchConfidence confidence, String reason,
                        Optional<String> fixed, String source, boolean firmwareUndecided) {
    public VulnMatch {
        Objects.requireNonNull(vulnerability, "vulnerability");
        Objects.requireNonNull(confidence, "confidence");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a CVE match needs a reason");
        }
        Objects.requireNonNull(fixed, "fixed");
        Objects.requireNonNull(source, "source");
    }

    public String cve() {
        return vulnerability.cve();
    }
}
