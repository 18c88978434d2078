package dev.blindspot.credential;

import dev.blindspot.inventory.Identity;
import java.util.List;

/** The login candidates to try on one device and protocol, in order (the prober stops at the first accepted). */
@FunctionalInterface
public interface CandidateSource {

    List<DefaultCredential> candidates(String address, Identity identity, String protocol);

    /** Vendor defaults only (the behaviour before operator credentials and weak passwords existed). */
    static CandidateSource defaults(DefaultCredentials defaults) {
        return (address, identity, protocol) -> defaults.candidatesFor(identity, protocol);
    }
}
