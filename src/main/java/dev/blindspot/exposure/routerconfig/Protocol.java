package dev.blindspot.exposure.routerconfig;

import java.util.Locale;
import java.util.Optional;

/** The transport a rule applies to: TCP, UDP, both, or any protocol (the rule names none). */
public enum Protocol {
    TCP, UDP, TCP_UDP, ANY;

    /** True when the rule lets TCP through (camera services are TCP). */
    public boolean coversTcp() {
        return this != UDP;
    }

    /** Words used in evidence: {@code TCP}, {@code UDP}, {@code TCP/UDP}, {@code any protocol}. */
    public String label() {
        return switch (this) {
            case TCP -> "TCP";
            case UDP -> "UDP";
            case TCP_UDP -> "TCP/UDP";
            case ANY -> "any protocol";
        };
    }

    /**
     * Reads the protocol names the formats use: {@code tcp}, {@code udp}, {@code tcp udp}, {@code tcpudp},
     * {@code tcp/udp}, {@code all}, {@code any}; empty for other protocols (icmp, gre), which no rule here needs.
     */
    public static Optional<Protocol> named(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s/,]+", " ");
        return switch (n) {
            case "tcp", "6" -> Optional.of(TCP);
            case "udp", "17" -> Optional.of(UDP);
            case "tcp udp", "udp tcp", "tcpudp", "tcp+udp" -> Optional.of(TCP_UDP);
            case "", "all", "any" -> Optional.of(ANY);
            default -> Optional.empty();
        };
    }
}
