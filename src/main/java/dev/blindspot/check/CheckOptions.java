package dev.blindspot.check;

import dev.blindspot.patch.AuditHistory;
import dev.blindspot.policy.Policy;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the scan was run, as far as checks need to know it to judge fairly.
 *
 * @param credentialsTried false when the profile forbade login attempts ({@code --profile safe}): credential checks
 *                         then report UNKNOWN for the devices they would have tested instead of saying nothing
 * @param revealSecrets    true only with {@code --reveal-secrets}: evidence shows passwords instead of {@code ****}
 * @param scanTime         when the scan ran (checks never read the clock); empty: date-dependent checks say UNKNOWN
 * @param auditHistory     the previous reports given with {@code --baseline}/{@code --history}; empty when none was
 * @param policies         the compliance policies asked for with {@code --policy}; their checks report nothing without
 */
public record CheckOptions(boolean credentialsTried, boolean revealSecrets, Optional<Instant> scanTime,
                           Optional<AuditHistory> auditHistory, Set<Policy> policies) {

    public CheckOptions {
        Objects.requireNonNull(scanTime, "scanTime");
        Objects.requireNonNull(auditHistory, "auditHistory");
        policies = Set.copyOf(policies);
    }

    /** Options without scan time, previous reports or policies. */
    public CheckOptions(boolean credentialsTried, boolean revealSecrets) {
        this(credentialsTried, revealSecrets, Optional.empty(), Optional.empty(), Set.of());
    }

    /** A standard scan: credentials tried, secrets masked. */
    public static CheckOptions defaults() {
        return new CheckOptions(true, false);
    }

    public CheckOptions withScanTime(Instant at) {
        return new CheckOptions(credentialsTried, revealSecrets, Optional.of(at), auditHistory, policies);
    }

    public CheckOptions withAuditHistory(Optional<AuditHistory> history) {
        return new CheckOptions(credentialsTried, revealSecrets, scanTime, history, policies);
    }

    public CheckOptions withPolicies(Set<Policy> asked) {
        return new CheckOptions(credentialsTried, revealSecrets, scanTime, auditHistory, asked);
    }
}
