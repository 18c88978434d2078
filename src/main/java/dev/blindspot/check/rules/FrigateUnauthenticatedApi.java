package dev.blindspot.check.rules;

import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import java.util.Map;
import java.util.Optional;

/**
 * FAIL when Frigate's API answered {@code GET /api/stats} without credentials (the internal port 5000 published,
 * or {@code auth.enabled} off on 8971): anyone on the network can read the configuration, camera stream URLs
 * (often with their passwords) and recordings, and change settings. PASS when the stats were refused (401/403).
 * Judged per port where the Frigate UI answered (the probe asks only there).
 */
public final class FrigateUnauthenticatedApi extends VendorApiCheck {

    public static final String ID = "frigate-unauthenticated-api";
    static final String API = "frigate.stats";

    @Override
    public String id() {
        return ID;
    }

    @Override
    String api() {
        return API;
    }

    @Override
    Optional<CheckResult> judge(VendorApiObservation o) {
        Optional<VendorApiReply> reply = o.outcome().answer();
        if (reply.isEmpty()) {
            return Optional.of(CheckResult.unknown(o.address(), o.port(), "GET /api/stats: " + o.outcome().describe()));
        }
        VendorApiReply r = reply.get();
        Map<String, String> f = r.fields();
        if (r.status() == 200 && f.containsKey("cameras")) {
            return Optional.of(CheckResult.fail(o.address(), o.port(),
                    "GET /api/stats answered 200 without credentials: Frigate " + f.getOrDefault("version", "(version not given)")
                            + ", " + f.get("cameras") + " camera(s); the whole API (config, stream URLs, recordings) is open on this port",
                    Confidence.CONFIRMED));
        }
        if (r.status() == 401 || r.status() == 403) {
            return Optional.of(CheckResult.pass(o.address(), o.port(), "GET /api/stats refused without credentials (HTTP " + r.status() + ")"));
        }
        return Optional.of(CheckResult.unknown(o.address(), o.port(),
                "GET /api/stats answered HTTP " + r.status() + " without Frigate's stats; cannot tell whether the API needs a login"));
    }
}
