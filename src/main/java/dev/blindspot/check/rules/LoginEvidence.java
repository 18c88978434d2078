package dev.blindspot.check.rules;

import dev.blindspot.check.CheckOptions;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Secret;
import java.util.List;
import java.util.Optional;

/** Shared wording of the credential checks: masked pairs, lockout stops, devices a credential pass would test. */
final class LoginEvidence {

    static final String SAFE_PROFILE = "profile safe: no credentials tried";

    private LoginEvidence() {}

    /** {@code admin:****} ({@code admin:(blank)} for a blank password); the password itself only when revealing. */
    static String pair(String username, Secret password, CheckOptions options) {
        return username + ":" + (options.revealSecrets() && !password.reveal().isEmpty()
                ? password.reveal() : password.masked());
    }

    /**
     * Why the credential pass stopped on this device, if a lockout signal stopped it: the device said it locks, or
     * it refused connections after answering logins. Any source counts (an operator credential can trip a lock).
     */
    static Optional<StopReason> lockoutStop(List<LoginObservation> attempts) {
        boolean answered = false;
        for (LoginObservation l : attempts) {
            if (l.result() instanceof LoginResult.LockoutSignal s) {
                return Optional.of(new StopReason(l.port(), "stopped after a lockout signal: " + s.signal()));
            }
            if (answered && l.result() instanceof LoginResult.Failed f && f.reason().startsWith("connection refused")) {
                return Optional.of(new StopReason(l.port(),
                        "stopped after a lockout signal: the host refuses connections after answering logins"));
            }
            answered |= !(l.result() instanceof LoginResult.Failed);
        }
        return Optional.empty();
    }

    record StopReason(int port, String reason) {}

    /**
     * The port a credential pass would have logged in on, for a device it would have tried (a surveillance device, or
     * one with a known vendor, with a login service that answered): the first such port.
     */
    static Optional<Integer> wouldTry(Inventory inventory, String address) {
        var identity = inventory.identity(address);
        if (!identity.isSurveillance() && identity.vendor().isEmpty()) {
            return Optional.empty();
        }
        return inventory.of(address).stream().filter(o -> switch (o) {
            case dev.blindspot.inventory.HttpObservation h -> h.outcome().answer()
                    .map(r -> r.status() == 401).orElse(false);
            case dev.blindspot.inventory.RtspObservation r -> r.outcome().answer().isPresent();
            // Xiongmai's DVRIP login (TCP 34567) and ONVIF's WS-Security login are tried too
            case dev.blindspot.inventory.OpenPort p -> "dvrip".equals(p.serviceHint());
            case dev.blindspot.inventory.OnvifObservation ov -> ov.outcome().answer().isPresent();
            default -> false;
        }).map(o -> o.port()).min(Integer::compare);
    }
}
