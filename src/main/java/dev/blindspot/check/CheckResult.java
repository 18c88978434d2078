package dev.blindspot.check;

import java.util.Objects;
import java.util.Optional;

/**
 * What a check concluded about one asset (and port). The report joins it with the check's metadata.
 *
 * @param detail   a short stable discriminator when one check can report several results for the same
 *                 asset and port (e.g. the RTSP path or the username); part of the finding id
 * @param evidence what was seen, in words an operator can verify (device strings allowed; renderers escape)
 */
public record CheckResult(String asset, Optional<Integer> port, Verdict verdict, String evidence,
                          Confidence confidence, String detail) {

    public CheckResult {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(detail, "detail");
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
        return new CheckResult(asset, port, verdict, evidence, confidence, newDetail);
    }
}
