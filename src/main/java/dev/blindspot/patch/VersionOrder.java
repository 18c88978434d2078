package dev.blindspot.patch;

import java.util.Optional;

/**
 * Orders two firmware version strings of one vendor scheme. A stop-gap for the patch-hygiene checks: at merge it
 * should delegate to the vendor comparators of {@code dev.blindspot.vuln.version}, which this interface mirrors.
 */
public interface VersionOrder {

    /**
     * Negative, zero or positive as {@code a} is older than, as new as, or newer than {@code b}; empty when the two
     * cannot be ordered (unparseable, or different firmware lines that share no comparable part).
     */
    Optional<Integer> compare(String a, String b);

    /** The order of a scheme named in the data files: hikvision, dahua, axis, reolink, uniview, hanwha, dotted. */
    static VersionOrder of(String scheme) {
        return SimpleVersionOrder.named(scheme);
    }
}
