package dev.blindspot.inventory;

import dev.blindspot.scan.ProbeOutcome;

/**
 * The web server's {@code /favicon.ico}: answered with the lowercase hex MD5 of the icon (firmwares ship a default
 * icon, so its digest names the maker), or why there is none.
 */
public record FaviconObservation(String address, int port, boolean tls, ProbeOutcome<String> md5) implements Observation {}
