package dev.blindspot.cli;

import dev.blindspot.inventory.DiscoveryObservation;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import dev.blindspot.scan.PortSpec;
import dev.blindspot.scan.ProbeContext;
import dev.blindspot.scan.ProbeSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A probe suite that adds what multicast discovery ({@code --discover-on}) heard from an in-scope address to that
 * address's own unicast discovery, so the host's identity sees both.
 */
final class PrediscoveredSuite implements ProbeSuite {

    private final ProbeSuite delegate;
    private final Map<String, List<DiscoveryObservation>> heard;

    PrediscoveredSuite(ProbeSuite delegate, Map<String, List<DiscoveryObservation>> heard) {
        this.delegate = delegate;
        this.heard = Map.copyOf(heard);
    }

    @Override
    public List<Observation> probePort(ProbeContext context, String address, PortSpec port) {
        return delegate.probePort(context, address, port);
    }

    @Override
    public List<Observation> discover(ProbeContext context, String address) {
        List<Observation> out = new ArrayList<>(delegate.discover(context, address));
        out.addAll(heard.getOrDefault(address, List.of()));
        return out;
    }

    @Override
    public List<Observation> secondPass(ProbeContext context, String address, List<Observation> firstPass, Identity identity) {
        return delegate.secondPass(context, address, firstPass, identity);
    }
}
