package dev.blindspot.inventory;

import dev.blindspot.scan.ProbeOutcome;

/**
 * The outcome of one unauthenticated, read-only request to a vendor API ({@code api} names it, e.g.
 * {@code axis.basicdeviceinfo}, {@code zoneminder.version}, {@code frigate.version}).
 */
public record VendorApiObservation(String address, int port, String api,
                                   ProbeOutcome<VendorApiReply> outcome) implements Observation {}
