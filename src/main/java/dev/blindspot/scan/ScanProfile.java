package dev.blindspot.scan;

import java.util.Locale;

/**
 * Named presets of how far a scan may go.
 *
 * @param tryDefaultCredentials  whether vendor default credentials are tried (within the attempt budget)
 * @param maxFailedLoginsPerAccount failed attempts allowed per account per device per 30 minutes
 * @param intrusiveAllowed      whether checks that write to a device or go beyond read-only requests may run
 */
public record ScanProfile(String name, boolean tryDefaultCredentials, int maxFailedLoginsPerAccount,
                          boolean intrusiveAllowed) {

    /** Discovery and unauthenticated read-only probes; no credential attempts. */
    public static ScanProfile safe() {
        return new ScanProfile("safe", false, 0, false);
    }

    /** The default: also vendor default credentials, at most 3 failures per account per device. */
    public static ScanProfile standard() {
        return new ScanProfile("standard", true, 3, false);
    }

    /** Only when the operator asks: may go further (later issues define exactly what). */
    public static ScanProfile intrusive() {
        return new ScanProfile("intrusive", true, 3, true);
    }

    public static ScanProfile named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "safe" -> safe();
            case "standard" -> standard();
            case "intrusive" -> intrusive();
            default -> throw new IllegalArgumentException("unknown profile '" + name + "' (safe, standard or intrusive)");
        };
    }
}
