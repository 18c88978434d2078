package dev.blindspot.inventory;

import dev.blindspot.scan.ProbeOutcome;

/**
 * The UPnP Internet Gateway Device audit of one address (a router): unicast SSDP search on UDP {@code port} (1900),
 * its root description, and the port mappings it listed. Answered means an IGD answered the search.
 */
public record UpnpIgdObservation(String address, int port, ProbeOutcome<UpnpIgdReply> outcome) implements Observation {}
