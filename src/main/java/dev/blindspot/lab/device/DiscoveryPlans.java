package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.OnvifAuthMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The discovery responders of camera kinds (issue 4): WS-Discovery on UDP 3702 when the device's ONVIF service is on
 * (real firmware stops answering Probes when ONVIF is switched off), Dahua's DHIP search on UDP 37810 for Dahua
 * firmware. Uniview and Hanwha answer WS-Discovery too, but no real ProbeMatch of theirs was found, so they are not
 * modelled yet; SSDP of cameras likewise (no captured camera M-SEARCH answer).
 */
final class DiscoveryPlans {

    static final int WS_DISCOVERY_PORT = 3702;
    static final int DHIP_DISCOVERY_PORT = 37810;

    private DiscoveryPlans() {}

    static List<DatagramPlan> of(SimDevice device) {
        DeviceSpec spec = device.spec();
        List<DatagramPlan> plans = new ArrayList<>();
        String family = switch (spec.kind()) {
            case HIKVISION_CAMERA, HIKVISION_NVR -> "hikvision";
            case DAHUA_CAMERA, DAHUA_NVR, DAHUA_OLD_CAMERA -> "dahua";
            case AXIS_CAMERA, HARDENED_CAMERA -> "axis";
            case REOLINK_CAMERA, REOLINK_NVR -> "reolink";
            case GENERIC_ONVIF_CAMERA -> "generic";
            default -> "";
        };
        if (!family.isEmpty() && spec.onvifAuthMode() != OnvifAuthMode.DISABLED) {
            int onvifPort = family.equals("reolink") ? 8000 : 80;
            String name = family.equals("dahua") ? DahuaBrand.of(spec).vendor() : spec.vendor();
            plans.add(new DatagramPlan("ws-discovery", WS_DISCOVERY_PORT, new WsDiscoveryResponder(device,
                    WsDiscoveryResponder.scopes(family, name, spec.model()), onvifPort)));
        }
        if (spec.kind() == dev.blindspot.lab.DeviceKind.DAHUA_CAMERA || spec.kind() == dev.blindspot.lab.DeviceKind.DAHUA_NVR) {
            plans.add(new DatagramPlan("dhip-discovery", DHIP_DISCOVERY_PORT, new DahuaDiscoveryResponder(device)));
        }
        return List.copyOf(plans);
    }
}
