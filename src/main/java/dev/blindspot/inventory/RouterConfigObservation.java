package dev.blindspot.inventory;

import dev.blindspot.exposure.routerconfig.RouterRule;
import java.util.Objects;

/**
 * One rule read from a router or firewall configuration the operator gave ({@code scan --router-config FILE}): a port
 * forward, DMZ host or inbound allow. It is a fact about the site's router, not about one scanned host, so every
 * such observation sits on the address {@value #ROUTER} (never an asset) and port 0; the rule names the internal
 * host it reaches.
 */
public record RouterConfigObservation(String address, RouterRule rule) implements Observation {

    /** The address router-configuration observations are filed under. */
    public static final String ROUTER = "0.0.0.0";

    public RouterConfigObservation {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(rule, "rule");
    }

    /** An observation of {@code rule}, filed under {@link #ROUTER}. */
    public static RouterConfigObservation of(RouterRule rule) {
        return new RouterConfigObservation(ROUTER, rule);
    }

    /** Host-level: no port. */
    @Override
    public int port() {
        return 0;
    }
}
