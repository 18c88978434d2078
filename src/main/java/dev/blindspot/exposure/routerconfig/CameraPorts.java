package dev.blindspot.exposure.routerconfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Ports that are surveillance services whoever listens on them: RTSP, vendor SDK/DVR protocols and VMS ports. Plain
 * web ports (80, 443, 8080) are not here: a forward of 443 to a web server says nothing about cameras.
 */
public final class CameraPorts {

    private static final Map<Integer, String> PORTS = new TreeMap<>(Map.ofEntries(
            Map.entry(554, "RTSP"),
            Map.entry(8554, "RTSP"),
            Map.entry(10554, "RTSP"),
            Map.entry(8000, "Hikvision SDK"),
            Map.entry(37777, "Dahua SDK"),
            Map.entry(37778, "Dahua SDK (UDP)"),
            Map.entry(34567, "XMEye/DVRIP"),
            Map.entry(34599, "XMEye media"),
            Map.entry(9000, "Reolink media"),
            Map.entry(8899, "ONVIF (XMEye)"),
            Map.entry(7001, "Nx Witness"),
            Map.entry(7443, "UniFi Protect"),
            Map.entry(8971, "Frigate")));

    private CameraPorts() {
    }

    /** Every camera port. */
    public static java.util.Set<Integer> all() {
        return java.util.Set.copyOf(PORTS.keySet());
    }

    /** The service a camera port carries; empty for other ports. */
    public static Optional<String> service(int port) {
        return Optional.ofNullable(PORTS.get(port));
    }

    /** The lowest camera port inside {@code ranges} (every port when {@code ranges} is empty). */
    public static Optional<Integer> firstIn(List<PortRange> ranges) {
        return PORTS.keySet().stream().filter(p -> ranges.isEmpty() || ranges.stream().anyMatch(r -> r.contains(p)))
                .findFirst();
    }
}
