package dev.blindspot.lab.device;

import dev.blindspot.lab.server.DatagramHandler;

/**
 * One UDP service a device runs (bound on the device's own loopback address only, never a multicast group).
 *
 * @param name service name ({@code ssdp})
 * @param port the port the real device uses
 */
public record DatagramPlan(String name, int port, DatagramHandler handler) {}
