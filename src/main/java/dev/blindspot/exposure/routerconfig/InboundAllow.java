package dev.blindspot.exposure.routerconfig;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A filter rule accepting traffic that arrives from the WAN side.
 *
 * @param destination the internal host or network (CIDR) the rule admits traffic to; empty for any destination
 * @param ports       destination ports; empty for every port
 * @param toRouter    true for rules on traffic to the router itself (input chain), false for forwarded traffic
 */
public record InboundAllow(Origin origin, Protocol protocol, Optional<String> destination, List<PortRange> ports,
                           boolean toRouter, boolean enabled, Optional<String> description) implements RouterRule {

    public InboundAllow {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(destination, "destination");
        ports = List.copyOf(ports);
        Objects.requireNonNull(description, "description");
    }
}
