package dev.blindspot.check;

import java.util.Objects;

/**
 * How the scan was run, as far as checks need to know it to judge fairly.
 *
 * @param credentialsTried false when the profile forbade login attempts ({@code --profile safe}): credential checks
 *                         then report UNKNOWN for the devices they would have tested instead of saying nothing
 * @param revealSecrets    true only with {@code --reveal-secrets}: evidence shows passwords instead of {@code ****}
 * @param vantage          where the scan ran from ({@code --vantage}); {@link Vantage#EXTERNAL} makes every
 *                         reachable surveillance service a finding
 */
public record CheckOptions(boolean credentialsTried, boolean revealSecrets, Vantage vantage) {

    public CheckOptions {
        Objects.requireNonNull(vantage, "vantage");
    }

    /** From inside the site (the default vantage). */
    public CheckOptions(boolean credentialsTried, boolean revealSecrets) {
        this(credentialsTried, revealSecrets, Vantage.INTERNAL);
    }

    /** A standard scan: credentials tried, secrets masked, from inside. */
    public static CheckOptions defaults() {
        return new CheckOptions(true, false);
    }

    /** These options seen from {@code newVantage}. */
    public CheckOptions withVantage(Vantage newVantage) {
        return new CheckOptions(credentialsTried, revealSecrets, newVantage);
    }
}
