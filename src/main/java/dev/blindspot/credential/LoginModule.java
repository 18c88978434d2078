package dev.blindspot.credential;

import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.Secret;
import java.util.List;
import java.util.Optional;

/**
 * One login protocol of the credential pass (HTTP authentication, a vendor API, RTSP, ONVIF, DVRIP...). The
 * {@link CredentialProber} loop is the same for all of them: a module only says where it can try (from the first-pass
 * observations) and makes one attempt. A new vendor login is a new module, never a branch in the loop.
 */
public interface LoginModule {

    /** Short name for logs, e.g. {@code http}, {@code rtsp}, {@code onvif}, {@code dvrip}. */
    String name();

    /** Which protocol key of the credential data ({@code http}, {@code rtsp}, {@code onvif}) its candidates come from. */
    String credentialProtocol();

    /**
     * Where this module can try, best first; empty when the device does not speak it (or needs no login there).
     * May send unauthenticated requests (an RTSP route discovery, an ONVIF clock read), never a credential.
     */
    List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor);

    /** Exactly one credential attempt at {@code target}. */
    LoginAttempt attempt(LoginTarget target, String username, Secret password);
}
