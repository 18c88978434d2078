package dev.blindspot.credential;

import java.util.List;
import java.util.Optional;

/**
 * Which pairs the credential pass tries for a vendor and a protocol key ({@code http}, {@code rtsp}, {@code onvif}),
 * in order. The bundled vendor defaults are one source ({@link #defaults}); operator-supplied credentials and an
 * opt-in weak-password list are others, composed in front of or after it. Every pair still goes through the
 * {@link AttemptBudget}.
 */
@FunctionalInterface
public interface CandidateSource {

    List<DefaultCredential> candidates(Optional<String> vendor, String protocol);

    /** Vendor defaults first, then a few generic pairs (see {@link DefaultCredentials#candidatesFor}). */
    static CandidateSource defaults(DefaultCredentials defaults) {
        return defaults::candidatesFor;
    }
}
