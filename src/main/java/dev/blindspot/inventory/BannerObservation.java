package dev.blindspot.inventory;

import dev.blindspot.scan.ProbeOutcome;

/** The greeting a line-oriented service sent on connect (FTP 220 line, Telnet login prompt). */
public record BannerObservation(String address, int port, String service, ProbeOutcome<String> outcome)
        implements Observation {}
