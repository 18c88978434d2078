package dev.blindspot.scan;

import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import java.util.List;

/**
 * The protocol probes the engine runs. The engine owns scheduling, scope and budgets; a suite only says
 * what to send to one port (first pass) and, once the device is identified, what else to try (second pass).
 */
public interface ProbeSuite {

    /** Protocol probes for one open port, chosen by its expected service. */
    List<Observation> probePort(ProbeContext context, String address, PortSpec port);

    /**
     * Discovery over UDP (WS-Discovery, SSDP, vendor discovery) of one in-scope address, run once per host in the
     * first pass, alongside the TCP work; it also runs for hosts with no open TCP port. None by default.
     */
    default List<Observation> discover(ProbeContext context, String address) {
        return List.of();
    }

    /**
     * Probes that depend on what the device is (vendor logins, default credentials). Runs once per host,
     * sequentially, after {@code identity} was concluded from the first pass.
     */
    List<Observation> secondPass(ProbeContext context, String address, List<Observation> firstPass, Identity identity);
}
