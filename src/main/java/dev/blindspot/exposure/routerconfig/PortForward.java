package dev.blindspot.exposure.routerconfig;

import java.util.Objects;
import java.util.Optional;

/**
 * A destination NAT (port forward): connections to the router's {@code external} port(s) go to
 * {@code internalAddress}:{@code internal}.
 *
 * @param internalAddress the internal host, canonical textual IPv4/IPv6
 * @param internal        the internal port(s); the same as {@code external} when the rule does not change the port
 */
public record PortForward(Origin origin, Protocol protocol, PortRange external, String internalAddress,
                          PortRange internal, boolean enabled, Optional<String> description) implements RouterRule {

    public PortForward {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(external, "external");
        Objects.requireNonNull(internalAddress, "internalAddress");
        Objects.requireNonNull(internal, "internal");
        Objects.requireNonNull(description, "description");
    }
}
