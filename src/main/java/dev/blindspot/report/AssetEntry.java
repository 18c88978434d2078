package dev.blindspot.report;

import java.util.List;
import java.util.Optional;

/**
 * One host that answered on at least one port. Unknown identity fields are JSON null.
 *
 * @param vendor       the brand as sold (Lorex)
 * @param manufacturer who makes it (Dahua for Lorex; the vendor itself when it is no OEM brand)
 * @param confidence   high, medium or low: how the vendor was concluded
 * @param cpe          CPE 2.3 names, empty when unknown
 */
public record AssetEntry(String address, List<PortEntry> ports, Optional<String> vendor, Optional<String> manufacturer,
                         Optional<String> model, Optional<String> firmware, Optional<String> deviceClass,
                         Optional<String> confidence, List<String> cpe, List<EvidenceEntry> evidence) {

    public AssetEntry {
        ports = List.copyOf(ports);
        cpe = List.copyOf(cpe);
        evidence = List.copyOf(evidence);
    }

    public record PortEntry(int port, String transport, String service) {}

    public record EvidenceEntry(String source, String value) {}
}
