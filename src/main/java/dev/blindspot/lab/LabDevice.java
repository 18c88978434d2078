package dev.blindspot.lab;

import dev.blindspot.inventory.DeviceClass;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One running lab device as a scanner test sees it.
 *
 * @param ports   service name ({@code http}, {@code https}, {@code rtsp}, {@code onvif}, {@code telnet}, {@code ftp},
 *                {@code hik-sdk}, {@code dahua-sdk}, {@code dvrip}, {@code ssh}, {@code ipp}, {@code jetdirect} ...) to
 *                the TCP port actually bound; {@code onvif} shares the HTTP port unless the device runs it on its own
 *                (Reolink: 8000). UDP services (the UPnP router's SSDP on 1900) are not listed
 * @param failing check ids the device must be flagged with ({@link Weakness#checkId()})
 * @param spec    the spec the device runs (credentials included, for tests that log in)
 */
public record LabDevice(String address, DeviceKind kind, String vendor, String model, String firmware,
                        DeviceClass deviceClass, Map<String, Integer> ports, List<String> failing, DeviceSpec spec) {

    public LabDevice {
        ports = Collections.unmodifiableMap(new LinkedHashMap<>(ports));
        failing = List.copyOf(failing);
    }

    /** The bound port of a service, if the device runs it. */
    public Optional<Integer> port(String service) {
        return Optional.ofNullable(ports.get(service));
    }
}
