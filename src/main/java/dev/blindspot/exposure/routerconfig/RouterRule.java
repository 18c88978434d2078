package dev.blindspot.exposure.routerconfig;

import java.util.Optional;

/**
 * One rule of a router or firewall configuration that lets traffic from the internet in: a port forward (DNAT), a
 * DMZ host (every port forwarded to one host, or a 1:1 NAT) or an inbound allow rule from the WAN side.
 */
public sealed interface RouterRule permits PortForward, DmzHost, InboundAllow {

    /** The file and line the rule was read from. */
    Origin origin();

    /** False when the configuration has the rule but switched off. */
    boolean enabled();

    /** The rule's name or comment in the configuration, when it has one. */
    Optional<String> description();
}
