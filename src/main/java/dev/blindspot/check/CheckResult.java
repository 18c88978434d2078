package dev.blindspot.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check concluded about one asset (and port). The report joins it with the check's metadata.
 *
 * @param detail     a short stable discriminator when one check can report several results for the same
 *                   asset and port (e.g. the RTSP path or the username); part of the finding id
 * @param evidence   what was seen, in words an operator can verify (device strings allowed; renderers escape)
 * @param severity   this result's own severity when it differs from the check's (a CVE's CVSS, a CISA KEV entry
 *                   raised to critical); empty = the check's metadata severity
 * @param references links specific to this result (the CVE record, the vendor advisory), shown after the
 *                   check's own references
 */
public record CheckResult(String asset, Optional<Integer> port, Verdict verdict, String evidence,
                          Confidence confidence, String detail, Optional<Severity> severity, List<String> references) {

    public CheckResult {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(severity, "severity");
        references = List.copyOf(references);
    }

    /** A result with the check's own severity and references. */
    public CheckResult(String asset, Optional<Integer> port, Verdict verdict, String evidence,
                       Confidence confidence, String detail) {
        this(asset, port, verdict, evidence, confidence, detail, Optional.empty(), List.of());
    }

    public static CheckResult fail(String asset, int port, String evidence, Confidence confidence) {
        return new CheckResult(asset, Optional.of(port), Verdict.FAIL, evidence, confidence, "");
    }

    public static CheckResult pass(String asset, int port, String evidence) {
        return new CheckResult(asset, Optional.of(port), Verdict.PASS, evidence, Confidence.CONFIRMED, "");
    }

    public static CheckResult unknown(String asset, int port, String reason) {
        return new CheckResult(asset, Optional.of(port), Verdict.unknown(reason), reason, Confidence.POSSIBLE, "");
    }

    public CheckResult withDetail(String newDetail) {
        return new CheckResult(asset, port, verdict, evidence, confidence, newDetail, severity, references);
    }

    /** This result with its own severity instead of the check's. */
    public CheckResult withSeverity(Severity newSeverity) {
        return new CheckResult(asset, port, verdict, evidence, confidence, detail, Optional.of(newSeverity), references);
    }

    /** This result with links of its own (added after the check's references in the report). */
    public CheckResult withReferences(List<String> more) {
        return new CheckResult(asset, port, verdict, evidence, confidence, detail, severity, more);
    }
}
