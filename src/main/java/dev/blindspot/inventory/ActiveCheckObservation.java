package dev.blindspot.inventory;

import java.util.Objects;

/**
 * One safe active check (a read-only confirmation of a known vulnerability, see {@code vuln/active-checks.yaml})
 * on one device: which check, which CVE, on which web port, and what it came to.
 *
 * @param checkId the entry's id in the data file
 * @param cve     the CVE the check confirms
 */
public record ActiveCheckObservation(String address, int port, String checkId, String cve, ActiveCheckRun run)
        implements Observation {

    public ActiveCheckObservation {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(cve, "cve");
        Objects.requireNonNull(run, "run");
    }
}
