package dev.blindspot.check.rules;

import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Verdict;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.IdentityConfidence;
import dev.blindspot.patch.PatchStatus;
import java.util.Optional;

/** Turns a {@link PatchStatus} into an asset-level result (no port: firmware belongs to the device). */
final class PatchResults {

    private PatchResults() {
    }

    static CheckResult of(String address, Identity identity, PatchStatus status) {
        return switch (status) {
            case PatchStatus.Behind b -> new CheckResult(address, Optional.empty(), Verdict.FAIL, b.evidence(),
                    confidence(identity), "").withReferences(b.references());
            case PatchStatus.Current c -> new CheckResult(address, Optional.empty(), Verdict.PASS, c.evidence(),
                    Confidence.CONFIRMED, "");
            case PatchStatus.Unknown u -> new CheckResult(address, Optional.empty(), Verdict.unknown(u.reason()),
                    u.reason(), Confidence.POSSIBLE, "");
        };
    }

    /** As sure as the identity the judgement rests on: a strongly identified device is confirmed. */
    static Confidence confidence(Identity identity) {
        return identity.confidence().map(c -> c == IdentityConfidence.HIGH ? Confidence.CONFIRMED : Confidence.LIKELY)
                .orElse(Confidence.POSSIBLE);
    }
}
