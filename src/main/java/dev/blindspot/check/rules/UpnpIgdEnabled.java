package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Severity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.UpnpIgdObservation;
import dev.blindspot.inventory.UpnpIgdReply;
import dev.blindspot.scan.ProbeOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * FAIL when a router answered the UPnP IGD audit (unicast M-SEARCH for InternetGatewayDevice): any host on the LAN
 * (a camera's firmware, malware on a PC) can open ports to the internet through it, unauthenticated. MEDIUM by itself
 * (the metadata's severity: the feature opens nothing until asked), HIGH when the router holds port mappings (it is in
 * use, so ports are open now). PASS when nothing answered the search; UNKNOWN when something answered but not as an IGD.
 */
public final class UpnpIgdEnabled implements Check {

    public static final String ID = "upnp-igd-enabled";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        List<CheckResult> out = new ArrayList<>();
        inventory.all(UpnpIgdObservation.class).forEach(o -> out.add(switch (o.outcome()) {
            case ProbeOutcome.Answered<UpnpIgdReply> a -> enabled(o, a.value());
            case ProbeOutcome.TimedOut<UpnpIgdReply> t -> CheckResult.pass(o.address(), o.port(),
                    "no UPnP IGD answered a unicast M-SEARCH on UDP " + o.port());
            case ProbeOutcome.Refused<UpnpIgdReply> r -> CheckResult.pass(o.address(), o.port(),
                    "UDP " + o.port() + " refused the UPnP IGD search (" + r.detail() + ")");
            case ProbeOutcome.ProtocolError<UpnpIgdReply> p -> CheckResult.unknown(o.address(), o.port(),
                    "UDP " + o.port() + " answered, but not as a UPnP IGD: " + p.detail());
        }));
        return out;
    }

    private static CheckResult enabled(UpnpIgdObservation o, UpnpIgdReply r) {
        StringBuilder e = new StringBuilder("UPnP IGD answers a unicast M-SEARCH on UDP ").append(o.port());
        if (!r.server().isEmpty()) {
            e.append("; SERVER: ").append(r.server());
        }
        r.device().ifPresent(d -> {
            String model = String.join(" ", d.manufacturer().stream().toList()) + d.modelName().map(m -> " " + m).orElse("");
            if (!model.isBlank()) {
                e.append("; device: ").append(model.strip());
            }
            d.friendlyName().ifPresent(f -> e.append(" (\"").append(f).append("\")"));
        });
        e.append("; description: ").append(r.location());
        Optional<UpnpIgdReply.Service> service = r.services().stream().findFirst();
        service.ifPresent(s -> e.append("; control URL: ").append(s.controlUrl()).append(" (")
                .append(s.serviceType().replace("urn:schemas-upnp-org:service:", "")).append(')'));
        e.append("; ").append(r.mappings().size()).append(" port mapping(s), listing ended by ")
                .append(r.listing().endedBy());
        r.listing().listOfMappings().ifPresent(l -> e.append("; GetListOfPortMappings: ").append(l));
        CheckResult fail = CheckResult.fail(o.address(), o.port(), e.toString(),
                service.isPresent() ? Confidence.CONFIRMED : Confidence.LIKELY);
        return r.mappings().isEmpty() ? fail : fail.withSeverity(Severity.HIGH);
    }
}
