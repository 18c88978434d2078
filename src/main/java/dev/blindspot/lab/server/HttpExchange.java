package dev.blindspot.lab.server;

import java.net.InetAddress;

/**
 * Where a request came from and its position on the connection (1 for the first request).
 *
 * @param localPort the port the request arrived on
 */
public record HttpExchange(InetAddress client, int sequence, int localPort) {}
