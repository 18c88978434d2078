package dev.blindspot.patch;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The newest earlier audit of each address, read from previous reports ({@code --baseline FILE}, {@code --history
 * DIR}) by the command line before the scan; checks only read it.
 *
 * @param byAddress the newest previous report that listed each address
 * @param reports   how many previous reports were read
 */
public record AuditHistory(Map<String, PreviousAudit> byAddress, int reports) {

    public AuditHistory {
        byAddress = Map.copyOf(byAddress);
    }

    /**
     * One address in one previous report: when that scan ran and what the device was then.
     *
     * @param report the report's file name, for evidence
     */
    public record PreviousAudit(Instant at, Optional<String> vendor, Optional<String> model, String report) {}

    public Optional<PreviousAudit> of(String address) {
        return Optional.ofNullable(byAddress.get(address));
    }
}
