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
 * @param vantage          where the scan ran from ({@code --vantage}); {@link Vantage#EXTERNAL} makes every
 *                         reachable surveillance service a finding
 */
public record CheckOptions(boolean credentialsTried, boolean revealSecrets, Optional<Instant> scanTime,
                           Optional<AuditHistory> auditHistory, Set<Policy> policies, Vantage vantage) {

    public CheckOptions {
        Objects.requireNonNull(scanTime, "scanTime");
        Objects.requireNonNull(auditHistory, "auditHistory");
        Objects.requireNonNull(vantage, "vantage");
        policies = Set.copyOf(policies);
    }

    /** Options without scan time, previous reports or policies, from inside the site. */
    public CheckOptions(boolean credentialsTried, boolean revealSecrets) {
        this(credentialsTried, revealSecrets, Optional.empty(), Optional.empty(), Set.of(), Vantage.INTERNAL);
    }

    /** From inside the site, without scan time, previous reports or policies; {@code vantage} as given. */
    public CheckOptions(boolean credentialsTried, boolean revealSecrets, Vantage vantage) {
        this(credentialsTried, revealSecrets, Optional.empty(), Optional.empty(), Set.of(), vantage);
    }

    /** A standard scan: credentials tried, secrets masked, from inside. */
    public static CheckOptions defaults() {
        return new CheckOptions(true, false);
    }

    public CheckOptions withScanTime(Instant at) {
        return new CheckOptions(credentialsTried, revealSecrets, Optional.of(at), auditHistory, policies, vantage);
    }

    public CheckOptions withAuditHistory(Optional<AuditHistory> history) {
        return new CheckOptions(credentialsTried, revealSecrets, scanTime, history, policies, vantage);
    }

    public CheckOptions withPolicies(Set<Policy> asked) {
        return new CheckOptions(credentialsTried, revealSecrets, scanTime, auditHistory, asked, vantage);
    }

    /** These options seen from {@code newVantage}. */
    public CheckOptions withVantage(Vantage newVantage) {
        return new CheckOptions(credentialsTried, revealSecrets, scanTime, auditHistory, policies, newVantage);
    }
}
