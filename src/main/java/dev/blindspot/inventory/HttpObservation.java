package dev.blindspot.inventory;

import dev.blindspot.scan.ProbeOutcome;

/** The outcome of one HTTP request ({@code method path}) to {@code address:port}. */
public record HttpObservation(String address, int port, boolean tls, String method, String path,
                              ProbeOutcome<HttpReply> outcome) implements Observation {}
