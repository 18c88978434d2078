package dev.blindspot.lab;

import java.util.Objects;

/**
 * One port forwarding a UPnP IGD router holds (as listed by {@code GetGenericPortMappingEntry}).
 *
 * @param externalPort   the port opened on the router's WAN side
 * @param protocol       {@code TCP} or {@code UDP}
 * @param internalClient the LAN address traffic is forwarded to (in the lab: a lab camera's loopback address)
 * @param internalPort   the port on the internal client (80, 554 ...)
 * @param description    what the client that asked for it called it
 */
public record PortMapping(int externalPort, String protocol, String internalClient, int internalPort,
                          String description) {

    public PortMapping {
        Objects.requireNonNull(internalClient, "internalClient");
        Objects.requireNonNull(description, "description");
        if (!"TCP".equals(protocol) && !"UDP".equals(protocol)) {
            throw new IllegalArgumentException("protocol must be TCP or UDP");
        }
        if (externalPort < 1 || externalPort > 65535 || internalPort < 1 || internalPort > 65535) {
            throw new IllegalArgumentException("ports must be within 1..65535");
        }
    }

    /** A TCP forwarding of {@code externalPort} to {@code client:internalPort}, described as camera software does. */
    public static PortMapping tcp(int externalPort, String client, int internalPort, String description) {
        return new PortMapping(externalPort, "TCP", client, internalPort, description);
    }
}
