package dev.blindspot.report;

import java.util.List;
import java.util.Optional;

/** One host that answered on at least one port. Unknown identity fields are JSON null. */
public record AssetEntry(String address, List<PortEntry> ports, Optional<String> vendor, Optional<String> model,
                        Optional<String> firmware, Optional<String> deviceClass, List<EvidenceEntry> evidence) {

    public AssetEntry {
        ports = List.copyOf(ports);
        evidence = List.copyOf(evidence);
    }

    public record PortEntry(int port, String transport, String service) {}

    public record EvidenceEntry(String source, String value) {}
}
