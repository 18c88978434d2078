package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Verdict;
import dev.blindspot.exposure.routerconfig.Addresses;
import dev.blindspot.exposure.routerconfig.CameraPorts;
import dev.blindspot.exposure.routerconfig.InboundAllow;
import dev.blindspot.exposure.routerconfig.PortRange;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.RouterConfigObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * FAIL for each enabled filter rule in the router configurations given ({@code --router-config}) that accepts
 * traffic from the WAN side to a surveillance asset of the inventory (one result per asset the rule's destination
 * covers), or to a camera port of a host not scanned; a rule to a whole network or to any host that opens a camera
 * port where no scanned surveillance asset is is reported once, on the network. Rules on traffic to the router itself
 * are not judged here.
 */
public final class RouterInboundRuleExposesSurveillance implements Check {

    public static final String ID = "router-inbound-rule-exposes-surveillance";
    private static final String ANY = "0.0.0.0/0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        List<CheckResult> out = new ArrayList<>();
        inventory.all(RouterConfigObservation.class).map(RouterConfigObservation::rule).forEach(rule -> {
            if (rule instanceof InboundAllow a && a.enabled() && !a.toRouter()) {
                out.addAll(evaluate(inventory, a));
            }
        });
        return out;
    }

    private static List<CheckResult> evaluate(Inventory inventory, InboundAllow a) {
        boolean tcp = a.protocol().coversTcp();
        String ports = a.ports().isEmpty() ? "every port" : a.ports().stream().map(PortRange::toString)
                .collect(Collectors.joining(","));
        String dest = a.destination().orElse("any host");
        String what = "inbound allow from WAN, " + a.protocol().label() + " " + ports + " to " + dest;
        String detail = a.protocol().name() + "/" + ports + "/" + dest;
        List<CheckResult> out = new ArrayList<>();
        if (a.destination().isPresent() && !a.destination().get().contains("/")) {
            RouterReach.of(inventory, a.destination().get(), a.ports(), tcp).ifPresent(r ->
                    out.add(RouterForwardExposesSurveillance.result(a, r, what, detail)));
            return out;
        }
        for (String address : inventory.addresses()) {
            if (!inventory.identity(address).isSurveillance()
                    || a.destination().isPresent() && !Addresses.within(address, a.destination().get())) {
                continue;
            }
            RouterReach.of(inventory, address, a.ports(), tcp).ifPresent(r ->
                    out.add(RouterForwardExposesSurveillance.result(a, r, what, detail)));
        }
        Optional<Integer> camera = tcp && !a.ports().isEmpty() ? CameraPorts.firstIn(a.ports()) : Optional.empty();
        if (out.isEmpty() && camera.isPresent()) {
            String evidence = a.origin() + ": " + what + RouterForwardExposesSurveillance.named(a.description())
                    + "; no scanned surveillance asset there, but TCP " + camera.get() + " is a camera port ("
                    + CameraPorts.service(camera.get()).orElse("") + ")";
            out.add(new CheckResult(a.destination().orElse(ANY), camera, Verdict.FAIL, evidence, Confidence.POSSIBLE,
                    a.origin().file() + ":" + a.origin().line() + ":" + detail));
        }
        return out;
    }
}
