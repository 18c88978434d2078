package dev.blindspot.check;

import java.util.List;
import java.util.Objects;

/**
 * A check's catalogue entry, loaded from {@code checks/<id>.json} on the classpath (prowler-style metadata).
 *
 * @param intrusive   true when the check writes to a device or sends more than read-only requests
 * @param maxRequests upper bound of requests the check's probes send to one device
 */
public record CheckMetadata(String id, String title, Severity severity, Threat threat, String risk,
                            String remediation, List<String> references, boolean intrusive, int maxRequests) {

    public CheckMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(threat, "threat");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(remediation, "remediation");
        references = List.copyOf(references == null ? List.of() : references);
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("check id '" + id + "' must be lower-case words joined by '-'");
        }
        if (title.isBlank() || risk.isBlank() || remediation.isBlank()) {
            throw new IllegalArgumentException("check " + id + ": title, risk and remediation must not be blank");
        }
    }
}
