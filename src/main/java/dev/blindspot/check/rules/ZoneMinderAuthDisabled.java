package dev.blindspot.check.rules;

import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import java.util.Optional;

/**
 * FAIL when ZoneMinder's API answered {@code GET /zm/api/host/getVersion.json} with its version and no token: the
 * install runs with {@code ZM_OPT_USE_AUTH} off (its default), so console, API, live views and recordings are open to
 * anyone. PASS when the API answered CakePHP's 401/403 error. Other servers asked the same path (any nginx/Apache,
 * see VendorApiProbe) are not judged.
 */
public final class ZoneMinderAuthDisabled extends VendorApiCheck {

    public static final String ID = "zoneminder-auth-disabled";
    static final String API = "zoneminder.version";

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
            return Optional.empty();
        }
        VendorApiReply r = reply.get();
        if (r.status() == 200 && r.fields().containsKey("version")) {
            return Optional.of(CheckResult.fail(o.address(), o.port(),
                    "GET /zm/api/host/getVersion.json answered 200 without a token: ZoneMinder " + r.fields().get("version")
                            + " runs with authentication off (ZM_OPT_USE_AUTH=0)", Confidence.CONFIRMED));
        }
        if ((r.status() == 401 || r.status() == 403) && r.fields().containsKey("error")) {
            return Optional.of(CheckResult.pass(o.address(), o.port(),
                    "the ZoneMinder API refused without a token (HTTP " + r.status() + " " + r.fields().get("error") + ")"));
        }
        return Optional.empty();
    }
}
