package dev.blindspot.inventory;

/** A TCP port that accepted a connection. */
public record OpenPort(String address, int port, String serviceHint) implements Observation {}
