package dev.blindspot.exposure.routerconfig;

import java.util.Objects;
import java.util.Optional;

/**
 * A DMZ host: every port the router does not use itself is forwarded to {@code internalAddress} (a DNAT without
 * port, a "DMZ" setting, or a 1:1 NAT of a public address).
 */
public record DmzHost(Origin origin, String internalAddress, boolean enabled, Optional<String> description)
        implements RouterRule {

    public DmzHost {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(internalAddress, "internalAddress");
        Objects.requireNonNull(description, "description");
    }
}
