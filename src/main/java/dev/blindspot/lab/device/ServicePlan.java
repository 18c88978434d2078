package dev.blindspot.lab.device;

import dev.blindspot.lab.server.ConnectionHandler;

/**
 * One TCP service a device runs.
 *
 * @param name service name as the lab descriptor reports it ({@code http}, {@code rtsp}, {@code telnet} ...)
 * @param port the port the real device uses; the lab may have to bind another one (see {@code LabOptions})
 */
public record ServicePlan(String name, int port, ConnectionHandler handler) {}
