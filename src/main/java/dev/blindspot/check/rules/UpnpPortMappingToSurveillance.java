package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.UpnpIgdObservation;
import dev.blindspot.inventory.UpnpIgdReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * FAIL (on the router, one result per mapping, detail {@code PROTOCOL/externalPort}) for each enabled UPnP port
 * mapping whose internal client is a surveillance asset of the inventory (CONFIRMED) or whose internal port is a
 * camera port (LIKELY): {@link #CAMERA_PORTS}, the same list the router-configuration checks use. PASS when the router's listing ended properly (fault 713)
 * with no such mapping; UNKNOWN when it was cut short.
 */
public final class UpnpPortMappingToSurveillance implements Check {

    public static final String ID = "upnp-port-mapping-to-surveillance";
    /**
     * Ports that are surveillance services whoever listens on them (the same list the router-configuration checks
     * use: RTSP, vendor SDK/DVR and VMS ports; plain web ports are not, a mapping of 443 says nothing about cameras).
     */
    public static final Set<Integer> CAMERA_PORTS = dev.blindspot.exposure.routerconfig.CameraPorts.all();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        List<CheckResult> out = new ArrayList<>();
        inventory.all(UpnpIgdObservation.class).forEach(o -> o.outcome().answer().ifPresent(r -> {
            int before = out.size();
            for (UpnpIgdReply.Mapping m : r.mappings()) {
                if (!m.enabled()) {
                    continue;
                }
                Optional<Identity> client = inventory.knownIdentity(m.internalClient()).filter(Identity::isSurveillance);
                if (client.isPresent() || CAMERA_PORTS.contains(m.internalPort())) {
                    out.add(new CheckResult(o.address(), Optional.of(m.externalPort()), dev.blindspot.check.Verdict.FAIL,
                            evidence(m, client), client.isPresent() ? Confidence.CONFIRMED : Confidence.LIKELY,
                            m.protocol() + "/" + m.externalPort()));
                }
            }
            if (out.size() == before) {
                out.add(r.listing().complete()
                        ? CheckResult.pass(o.address(), o.port(), r.mappings().size() + " port mapping(s), none to a "
                        + "surveillance asset or camera port")
                        : CheckResult.unknown(o.address(), o.port(), "the port-mapping listing ended early ("
                        + r.listing().endedBy() + ") after " + r.mappings().size() + " mapping(s)"));
            }
        }));
        return out;
    }

    private static String evidence(UpnpIgdReply.Mapping m, Optional<Identity> client) {
        String who = client.map(i -> " (" + String.join(" ", java.util.stream.Stream.concat(i.vendor().stream(),
                i.model().stream()).toList()) + i.deviceClass().map(c -> ", " + c.wireName()).orElse("") + ")")
                .orElse(" (camera port " + m.internalPort() + ")");
        return "UPnP port mapping " + m.protocol() + " " + m.externalPort() + " from "
                + (m.remoteHost().isEmpty() ? "any internet host" : m.remoteHost()) + " -> " + m.internalClient() + ":"
                + m.internalPort() + who + "; description \"" + m.description() + "\"; lease "
                + (m.leaseSeconds() == 0 ? "permanent" : m.leaseSeconds() + " s");
    }
}
