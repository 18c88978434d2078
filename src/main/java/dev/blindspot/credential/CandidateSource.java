package dev.blindspot.credential;

import dev.blindspot.inventory.Identity;
import java.util.List;

/**
 * Which pairs the credential pass tries on one device for a protocol key ({@code http}, {@code rtsp}, {@code onvif},
 * {@code dvrip}...), in order. The bundled vendor defaults are one source ({@link #defaults}); operator-supplied
 * credentials and the opt-in weak-password list are others ({@link CandidatePlan}). Every pair still goes through the
 * {@link AttemptBudget}.
 */
@FunctionalInterface
public interface CandidateSource {

    List<DefaultCredential> candidates(String address, Identity identity, String protocol);

    /** Vendor defaults only: the brand's, its manufacturer's, then a few generic pairs. */
    static CandidateSource defaults(DefaultCredentials defaults) {
        return (address, identity, protocol) -> defaults.candidatesFor(identity, protocol);
    }
}
