package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckOptions;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Verdict;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.policy.NdaaCoveredList;
import dev.blindspot.policy.NdaaCoveredList.Coverage;
import dev.blindspot.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * With {@code --policy ndaa889}: FAIL for equipment whose vendor or maker is covered by NDAA section 889 (or is a
 * brand of a covered entity), PASS for an identified vendor that is not, UNKNOWN when the vendor is not identified.
 * Every asset is judged, not only cameras: 889 covers telecommunications equipment too. Without the policy the check
 * is registered (so {@code blindspot checks} lists it) but reports nothing: a compliance rule the operator did not
 * ask for is no finding.
 */
public final class NdaaCoveredVendor implements Check {

    public static final String ID = "ndaa-889-covered-vendor";

    private final NdaaCoveredList list;
    private final CheckOptions options;

    public NdaaCoveredVendor(NdaaCoveredList list, CheckOptions options) {
        this.list = list;
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        if (!options.policies().contains(Policy.NDAA889)) {
            return List.of();
        }
        List<CheckResult> out = new ArrayList<>();
        for (String address : inventory.addresses()) {
            out.add(judge(address, inventory.identity(address)));
        }
        return out;
    }

    private CheckResult judge(String address, Identity id) {
        if (id.vendor().isEmpty() && id.manufacturer().isEmpty()) {
            String reason = "vendor not identified: cannot tell whether it is covered";
            return new CheckResult(address, Optional.empty(), Verdict.unknown(reason), reason, Confidence.POSSIBLE, "");
        }
        String device = id.vendor().or(id::manufacturer).orElseThrow()
                + id.manufacturer().filter(m -> !m.equalsIgnoreCase(id.vendor().orElse(m))).map(m -> " (made by " + m + ")").orElse("")
                + id.model().map(m -> " " + m).orElse("");
        Optional<Coverage> coverage = list.coverage(id.vendor(), id.manufacturer());
        if (coverage.isEmpty()) {
            return new CheckResult(address, Optional.empty(), Verdict.PASS, device
                    + ": not a covered entity or a known brand of one", Confidence.CONFIRMED, "");
        }
        Coverage c = coverage.get();
        String evidence = device + ": " + (c.direct() ? "" : c.matchedName() + " is a " + c.relation() + " of ")
                + c.covered().entity() + ", covered by NDAA section " + c.covered().section()
                + c.note().map(n -> " (" + n + ")").orElse("");
        Confidence confidence = PatchResults.confidence(id);
        if (!c.direct() && confidence == Confidence.CONFIRMED) {
            confidence = Confidence.LIKELY;
        }
        return new CheckResult(address, Optional.empty(), Verdict.FAIL, evidence, confidence, c.covered().name());
    }
}
