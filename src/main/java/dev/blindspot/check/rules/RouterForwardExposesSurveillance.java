package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Verdict;
import dev.blindspot.exposure.routerconfig.DmzHost;
import dev.blindspot.exposure.routerconfig.PortForward;
import dev.blindspot.exposure.routerconfig.RouterRule;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.RouterConfigObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * FAIL for each enabled port forward or DMZ host in the router configurations given ({@code --router-config}) that
 * reaches a surveillance asset of the inventory, or a camera port of a host that was not scanned or is of unknown
 * class (see {@link RouterReach}). Rules reaching other hosts on other ports, and disabled rules, are not reported.
 */
public final class RouterForwardExposesSurveillance implements Check {

    public static final String ID = "router-forward-exposes-surveillance";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        List<CheckResult> out = new ArrayList<>();
        inventory.all(RouterConfigObservation.class).map(RouterConfigObservation::rule).forEach(rule -> {
            switch (rule) {
                case PortForward f when f.enabled() -> RouterReach.of(inventory, f.internalAddress(), List.of(f.internal()),
                        f.protocol().coversTcp()).ifPresent(r -> out.add(result(f, r, "port forward " + f.protocol().label()
                        + " " + f.external() + " -> " + f.internalAddress() + ":" + f.internal(), f.protocol().name() + "/" + f.external())));
                case DmzHost d when d.enabled() -> RouterReach.of(inventory, d.internalAddress(), List.of(), true)
                        .ifPresent(r -> out.add(result(d, r, "DMZ host " + d.internalAddress() + " (every port forwarded)", "dmz")));
                default -> { }
            }
        });
        return out;
    }

    static CheckResult result(RouterRule rule, RouterReach reach, String what, String detail) {
        String evidence = rule.origin() + ": " + what + named(rule.description()) + "; " + reach.what();
        return new CheckResult(reach.address(), reach.port(), Verdict.FAIL, evidence, reach.confidence(),
                rule.origin().file() + ":" + rule.origin().line() + ":" + detail);
    }

    static String named(Optional<String> description) {
        return description.map(d -> " \"" + (d.length() > 80 ? d.substring(0, 80) + "..." : d) + "\"").orElse("");
    }
}
