package dev.blindspot.cli;

import dev.blindspot.lab.LabDevice;
import dev.blindspot.scan.PortSet;
import dev.blindspot.scan.PortSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The port set that covers a running lab: the camera defaults plus any port the lab had to move. */
final class LabPorts {

    private LabPorts() {
    }

    static PortSet of(List<LabDevice> devices) {
        Map<Integer, PortSpec> ports = new LinkedHashMap<>();
        for (PortSpec p : PortSet.cameraDefaults().ports()) {
            ports.put(p.port(), p);
        }
        for (LabDevice d : devices) {
            d.ports().forEach((service, port) -> {
                String hint = switch (service) {
                    case "onvif" -> "http";
                    case "dahua-sdk" -> "dahua-dvrip";
                    default -> service;
                };
                ports.putIfAbsent(port, new PortSpec(port, hint));
            });
        }
        return new PortSet(new ArrayList<>(ports.values()));
    }
}
