package dev.blindspot.lab;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a device's services deviate from its kind's usual set (see {@code DeviceServices}): services moved to
 * another port, services switched off, and HTTPS. Telnet and FTP are switched by {@link DeviceSpec#telnet()} and
 * {@link DeviceSpec#ftp()}, ONVIF by {@link DeviceSpec#onvifAuthMode()}; their ports can still be moved here.
 *
 * @param ports      service name ({@code http}, {@code rtsp}, {@code https}, {@code telnet} ...) to the port the
 *                   device uses instead of the usual one
 * @param off        services of the kind that the device does not run ({@code http}, {@code rtsp}, {@code hik-sdk} ...)
 * @param tls        HTTPS on {@code ports["https"]} (default 443), serving the same pages as HTTP with a self-signed
 *                   certificate
 * @param tlsSubject the certificate's subject DN ({@code CN=axis-accc8ea31abf,O=Axis Communications AB}); empty
 *                   means {@code CN=<device address>}, what most cameras generate
 */
public record Services(Map<String, Integer> ports, Set<String> off, boolean tls, Optional<String> tlsSubject) {

    /** The kind's usual services on their usual ports, no HTTPS. */
    public static final Services USUAL = new Services(Map.of(), Set.of(), false, Optional.empty());

    /** Services named here have their own switch in {@link DeviceSpec}. */
    private static final Set<String> SWITCHED_ELSEWHERE = Set.of("telnet", "ftp", "onvif", "https");

    public Services {
        Objects.requireNonNull(tlsSubject, "tlsSubject");
        ports = Collections.unmodifiableMap(new TreeMap<>(ports));
        off = Collections.unmodifiableSet(new TreeSet<>(off));
        ports.forEach((name, port) -> {
            if (name.isBlank()) {
                throw new IllegalArgumentException("service name must not be blank");
            }
            if (port == null || port < 1 || port > 65535) {
                throw new IllegalArgumentException("port of " + name + " must be 1..65535, not " + port);
            }
            if (name.equals("onvif")) {
                throw new IllegalArgumentException("onvif shares the http port; move http instead");
            }
        });
        for (String name : off) {
            if (SWITCHED_ELSEWHERE.contains(name)) {
                throw new IllegalArgumentException(name + " is switched by its own setting, not by 'off'");
            }
            if (ports.containsKey(name)) {
                throw new IllegalArgumentException(name + " cannot be both off and moved to port " + ports.get(name));
            }
        }
        tlsSubject.ifPresent(Services::checkSubject);
    }

    /** Whether the device runs {@code name} (among the services its kind has). */
    public boolean runs(String name) {
        return !off.contains(name);
    }

    /** The port {@code name} uses on this device, given the kind's usual port. */
    public int port(String name, int usual) {
        return ports.getOrDefault(name, usual);
    }

    public Services withPort(String name, int port) {
        Map<String, Integer> moved = new TreeMap<>(ports);
        moved.put(name, port);
        return new Services(moved, off, tls, tlsSubject);
    }

    public Services withOff(String name) {
        Set<String> stopped = new TreeSet<>(off);
        stopped.add(name);
        return new Services(ports, stopped, tls, tlsSubject);
    }

    /** HTTPS on ({@code subject} empty: {@code CN=<device address>}) or off. */
    public Services withTls(boolean on, Optional<String> subject) {
        return new Services(ports, off, on, subject);
    }

    private static void checkSubject(String subject) {
        try {
            new javax.security.auth.x500.X500Principal(subject);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a certificate subject (e.g. CN=cam,O=Vendor): " + subject, e);
        }
    }
}
