package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Verdict;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.site.Segment;
import dev.blindspot.site.SiteLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One result per segment of the site ({@link SiteLayout}: declared zones, else each /24 or /64) that holds a
 * surveillance device: FAIL when workstations, printers, NAS or servers share it (the mixed hosts are the evidence),
 * UNKNOWN when only hosts of unknown class do, PASS when it holds surveillance devices and network gear only. The
 * finding's asset is the segment's first block in CIDR form (e.g. {@code 10.0.20.0/24}); its detail is the segment's
 * name, so findings of different zones never share an id.
 */
public final class FlatNetwork implements Check {

    public static final String ID = "flat-network";
    /** Classes that have no business in a camera network. */
    public static final Set<DeviceClass> MIXED = Set.of(DeviceClass.WORKSTATION, DeviceClass.PRINTER, DeviceClass.NAS,
            DeviceClass.SERVER);
    static final int MAX_LISTED = 10;
    static final int MAX_SURVEILLANCE_LISTED = 5;

    private final SiteLayout layout;

    public FlatNetwork(SiteLayout layout) {
        this.layout = layout;
    }

    @Override
    public String id() {
        return ID;
    }

    private record Hosts(Segment segment, List<String> surveillance, List<String> mixed, List<String> unknown) {}

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        Map<String, Hosts> bySegment = new LinkedHashMap<>();
        for (String address : inventory.addresses()) {
            Optional<Segment> segment = layout.segmentOf(address);
            if (segment.isEmpty()) {
                continue;
            }
            Hosts hosts = bySegment.computeIfAbsent(segment.get().name(),
                    k -> new Hosts(segment.get(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            Optional<DeviceClass> cls = inventory.identity(address).deviceClass();
            if (cls.isEmpty()) {
                hosts.unknown().add(address);
            } else if (cls.get().isSurveillance()) {
                hosts.surveillance().add(address + " (" + cls.get().wireName() + ")");
            } else if (MIXED.contains(cls.get())) {
                hosts.mixed().add(address + " (" + cls.get().wireName() + ")");
            }
        }
        List<CheckResult> out = new ArrayList<>();
        for (Hosts h : bySegment.values()) {
            if (h.surveillance().isEmpty()) {
                continue;
            }
            Segment s = h.segment();
            String where = s.label() + s.purpose().map(p -> " [purpose " + p.wireName() + "]").orElse("");
            String cameras = count(h.surveillance().size(), "surveillance device");
            String surveillance = "; surveillance: " + listed(h.surveillance(), MAX_SURVEILLANCE_LISTED);
            if (!h.mixed().isEmpty()) {
                String evidence = where + ": " + count(h.mixed().size(), "workstation, printer, NAS or server host")
                        + (h.mixed().size() == 1 ? " shares" : " share") + " it with " + cameras + ": "
                        + listed(h.mixed(), MAX_LISTED) + surveillance
                        + (h.unknown().isEmpty() ? "" : "; also " + count(h.unknown().size(), "host") + " of unknown class");
                out.add(result(s, Verdict.FAIL, evidence, Confidence.LIKELY));
            } else if (!h.unknown().isEmpty()) {
                String reason = where + ": " + count(h.unknown().size(), "host") + " whose class could not be told "
                        + (h.unknown().size() == 1 ? "shares" : "share") + " it with " + cameras + ": "
                        + listed(h.unknown(), MAX_LISTED) + surveillance;
                out.add(result(s, Verdict.unknown(reason), reason, Confidence.POSSIBLE));
            } else {
                out.add(result(s, Verdict.PASS, where + " holds only " + cameras + " and network gear" + surveillance,
                        Confidence.LIKELY));
            }
        }
        return out;
    }

    private static CheckResult result(Segment s, Verdict verdict, String evidence, Confidence confidence) {
        return new CheckResult(s.subject(), Optional.empty(), verdict, evidence, confidence, s.name());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The first {@code max} entries, then how many more. */
    static String listed(List<String> items, int max) {
        String shown = String.join(", ", items.subList(0, Math.min(max, items.size())));
        return items.size() > max ? shown + " and " + (items.size() - max) + " more" : shown;
    }
}
