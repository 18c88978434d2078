package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import dev.blindspot.protocol.snapshot.SnapshotPaths;
import dev.blindspot.protocol.snapshot.SnapshotProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FAIL when a camera, recorder or encoder served a still image (HTTP 200, body starting FF D8 FF) to a request
 * without credentials; the evidence names the path, size and content type and says "anonymous viewing enabled" when
 * the same device's configuration page still asked for a login and its vendor has an anonymous viewer (Hikvision
 * "Anonymous Visit", Axis "anonymous viewers", Dahua "Anonymous Login"; for Hanwha, Uniview and Reolink, which have none, it says
 * the snapshot's authentication is off or bypassed), or that authentication is off when that page answered too. PASS when the snapshot paths
 * refused (401/403). UNKNOWN when none of them answered either way. One result per device that was asked
 * ({@link SnapshotProbe}).
 */
public final class SnapshotUnauthenticated implements Check {

    public static final String ID = "snapshot-unauthenticated";

    private final SnapshotPaths paths;

    public SnapshotUnauthenticated(SnapshotPaths paths) {
        this.paths = paths;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        List<CheckResult> out = new ArrayList<>();
        for (String address : inventory.addresses()) {
            List<VendorApiObservation> asked = inventory.of(address, VendorApiObservation.class)
                    .filter(o -> o.api().equals(SnapshotProbe.API)).toList();
            if (!asked.isEmpty()) {
                out.add(judge(address, asked, inventory.of(address, VendorApiObservation.class)
                        .filter(o -> o.api().equals(SnapshotProbe.CONFIG_API)).findFirst(), inventory.identity(address)));
            }
        }
        return out;
    }

    private CheckResult judge(String address, List<VendorApiObservation> asked, Optional<VendorApiObservation> config,
                              Identity identity) {
        Optional<VendorApiObservation> open = asked.stream().filter(SnapshotProbe::jpeg).findFirst();
        if (open.isPresent()) {
            VendorApiObservation o = open.get();
            Map<String, String> f = o.outcome().answer().orElseThrow().fields();
            boolean cut = "yes".equals(f.get("truncated"));
            String evidence = "GET " + f.get("path") + " answered 200 without credentials: a JPEG image ("
                    + f.getOrDefault("contentType", "no content type") + ", " + f.get("size") + " bytes"
                    + (cut ? ", read only as far as the limit" : "") + ")" + access(config, identity);
            return CheckResult.fail(address, o.port(), evidence, cut ? Confidence.LIKELY : Confidence.CONFIRMED);
        }
        Optional<VendorApiObservation> refused = asked.stream().filter(SnapshotProbe::refused).findFirst();
        if (refused.isPresent()) {
            VendorApiReply r = refused.get().outcome().answer().orElseThrow();
            return CheckResult.pass(address, refused.get().port(), "GET " + r.fields().get("path")
                    + " refused without credentials (HTTP " + r.status()
                    + (r.fields().containsKey("refusal") ? ": " + r.fields().get("refusal") : "") + ")");
        }
        List<String> seen = asked.stream().map(SnapshotUnauthenticated::describe).toList();
        return CheckResult.unknown(address, asked.get(0).port(),
                "no snapshot path answered an image or a refusal: " + String.join("; ", seen));
    }

    /**
     * What the configuration-page control says about how the image got out: "anonymous viewing enabled" when that
     * page still asks for a login and the vendor has an anonymous-viewer switch (then where it is); for vendors
     * without one, that the snapshot's authentication is off or bypassed; authentication off when the page answered.
     */
    private String access(Optional<VendorApiObservation> config, Identity identity) {
        Optional<VendorApiReply> reply = config.flatMap(o -> o.outcome().answer());
        Optional<SnapshotPaths.Vendor> vendor = identity.manufacturer().or(identity::vendor).flatMap(paths::vendor);
        String setting = vendor.map(v -> "; " + (v.anonymousSwitch() ? "setting: " : "") + v.anonymous()).orElse("");
        if (reply.isEmpty()) {
            return setting;
        }
        int status = reply.get().status();
        String page = reply.get().fields().getOrDefault("path", "the configuration page");
        if (status == 401 || status == 403) {
            boolean hasSwitch = vendor.map(SnapshotPaths.Vendor::anonymousSwitch).orElse(false);
            return (hasSwitch ? "; anonymous viewing enabled: " : "; open while ") + page
                    + " still asks for a login (HTTP " + status + ")" + setting;
        }
        if (status / 100 == 2) {
            return "; " + page + " answered HTTP " + status + " without credentials too: authentication looks off"
                    + " for the whole web interface";
        }
        return "; " + page + " answered HTTP " + status + setting;
    }

    private static String describe(VendorApiObservation o) {
        return o.outcome().answer().map(r -> "GET " + r.fields().get("path") + " on port " + o.port() + ": HTTP "
                        + r.status() + ("yes".equals(r.fields().get("jpeg")) ? "" : " without an image"))
                .orElseGet(() -> "port " + o.port() + ": " + o.outcome().describe());
    }
}
