package dev.blindspot.report;

import dev.blindspot.check.CheckMetadata;
import dev.blindspot.check.CheckOutput;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Verdict;
import dev.blindspot.inventory.DiscoveryObservation;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.OpenPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the canonical {@link Report} from what a scan learned and what the checks concluded.
 * Assets are the addresses with at least one open TCP port or an answered UDP discovery probe; findings are check results joined with their
 * check's metadata, in {@link FindingOrder}. Pure: no I/O, no clock.
 */
public final class ReportBuilder {

    /** Service name used when the scanner had no hint for an open port. */
    static final String UNKNOWN_SERVICE = "unknown";

    public Report build(Report.ToolInfo tool, ScanInfo scan, Inventory inventory, List<CheckOutput> outputs) {
        List<AssetEntry> assets = assets(inventory);
        List<FindingEntry> sorted = new ArrayList<>();
        for (CheckOutput output : outputs) {
            for (CheckResult result : output.results()) {
                sorted.add(finding(output.metadata(), result));
            }
        }
        sorted.sort(FindingOrder.comparator());
        List<String> notes = new ArrayList<>(scan.notes());
        List<FindingEntry> findings = withoutDuplicateIds(sorted, notes);
        ScanInfo finalScan = notes.size() == scan.notes().size() ? scan : withNotes(scan, notes);
        return new Report(tool, finalScan, assets, findings, Summary.of(assets, findings));
    }

    static List<AssetEntry> assets(Inventory inventory) {
        List<AssetEntry> assets = new ArrayList<>();
        for (String address : inventory.addresses()) {
            Map<Integer, String> services = new TreeMap<>();
            inventory.of(address, OpenPort.class).forEach(p -> services.merge(p.port(), service(p), ReportBuilder::better));
            // a host that answered a UDP discovery probe is there even with no TCP port open
            Map<Integer, String> udp = new TreeMap<>();
            inventory.of(address, DiscoveryObservation.class).filter(d -> d.outcome().answer().isPresent())
                    .forEach(d -> udp.putIfAbsent(d.port(), d.protocol()));
            if (!services.isEmpty() || !udp.isEmpty()) {
                assets.add(asset(address, services, udp, inventory.identity(address)));
            }
        }
        return assets;
    }

    private static AssetEntry asset(String address, Map<Integer, String> services, Map<Integer, String> udp, Identity id) {
        List<AssetEntry.PortEntry> ports = new ArrayList<>();
        services.forEach((port, service) -> ports.add(new AssetEntry.PortEntry(port, "tcp", service)));
        udp.forEach((port, service) -> ports.add(new AssetEntry.PortEntry(port, "udp", service)));
        ports.sort(java.util.Comparator.comparingInt(AssetEntry.PortEntry::port).thenComparing(AssetEntry.PortEntry::transport));
        List<AssetEntry.EvidenceEntry> evidence = id.evidence().stream()
                .map(e -> new AssetEntry.EvidenceEntry(clean(e.source()), clean(e.value()))).toList();
        return new AssetEntry(address, ports, id.vendor().map(WellFormedText::of), id.manufacturer().map(WellFormedText::of),
                id.model().map(WellFormedText::of), id.firmware().map(WellFormedText::of),
                id.deviceClass().map(c -> c.wireName()), id.confidence().map(c -> c.wireName()),
                id.cpe().stream().map(WellFormedText::of).toList(), evidence);
    }

    private static String service(OpenPort p) {
        return p.serviceHint() == null || p.serviceHint().isBlank() ? UNKNOWN_SERVICE : p.serviceHint().trim();
    }

    /** When two observations disagree about a port's service, a real hint beats "unknown"; else the first wins. */
    private static String better(String first, String second) {
        return UNKNOWN_SERVICE.equals(first) ? second : first;
    }

    static FindingEntry finding(CheckMetadata meta, CheckResult r) {
        Optional<String> reason = r.verdict() instanceof Verdict.Unknown u
                ? Optional.of(clean(u.reason())) : Optional.empty();
        List<String> references = new ArrayList<>(meta.references());
        r.references().stream().map(ReportBuilder::clean).filter(ref -> !references.contains(ref)).forEach(references::add);
        return new FindingEntry(FindingId.of(meta.id(), r.asset(), r.port(), r.detail()), meta.id(), meta.title(),
                r.severity().orElse(meta.severity()), r.verdict().wireName(), meta.threat(), r.asset(), r.port(),
                clean(r.evidence()), reason, meta.risk(), meta.remediation(), references, r.confidence());
    }

    private static String clean(String s) {
        return s == null ? "" : WellFormedText.of(s);
    }

    /**
     * A check that reports the same asset, port and detail twice is a bug in that check; one copy (the worst,
     * as the list is sorted) is kept so the report stays usable, and the scan notes say what was dropped.
     */
    private static List<FindingEntry> withoutDuplicateIds(List<FindingEntry> sorted, List<String> notes) {
        Map<String, FindingEntry> byId = new LinkedHashMap<>();
        Map<String, Integer> dropped = new TreeMap<>();
        for (FindingEntry f : sorted) {
            if (byId.putIfAbsent(f.id(), f) != null) {
                dropped.merge(f.checkId(), 1, Integer::sum);
            }
        }
        dropped.forEach((check, n) -> notes.add("check " + check + " reported " + n
                + " duplicate result(s) for the same asset, port and detail; kept the most severe"));
        return List.copyOf(byId.values());
    }

    private static ScanInfo withNotes(ScanInfo s, List<String> notes) {
        return new ScanInfo(s.startedAt(), s.finishedAt(), s.targets(), s.excluded(), s.profile(), s.complete(),
                s.addressesInScope(), s.addressesProbed(), notes, s.checksRun());
    }
}
