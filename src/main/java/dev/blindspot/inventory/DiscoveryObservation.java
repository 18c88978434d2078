package dev.blindspot.inventory;

import dev.blindspot.scan.ProbeOutcome;

/**
 * The outcome of one UDP discovery exchange with an address: {@code protocol} is {@code ws-discovery} (UDP 3702),
 * {@code ssdp} (UDP 1900) or {@code dhip} (Dahua's discovery, UDP 37810); {@code port} is the UDP port asked.
 */
public record DiscoveryObservation(String address, int port, String protocol,
                                   ProbeOutcome<DiscoveryReply> outcome) implements Observation {

    public static final String WS_DISCOVERY = "ws-discovery";
    public static final String SSDP = "ssdp";
    public static final String DHIP = "dhip";
}
