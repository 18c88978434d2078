package dev.blindspot.check;

/**
 * How the scan was run, as far as checks need to know it to judge fairly.
 *
 * @param credentialsTried false when the profile forbade login attempts ({@code --profile safe}): credential checks
 *                         then report UNKNOWN for the devices they would have tested instead of saying nothing
 * @param revealSecrets    true only with {@code --reveal-secrets}: evidence shows passwords instead of {@code ****}
 */
public record CheckOptions(boolean credentialsTried, boolean revealSecrets) {

    /** A standard scan: credentials tried, secrets masked. */
    public static CheckOptions defaults() {
        return new CheckOptions(true, false);
    }
}
