package dev.blindspot.check.rules;

import dev.blindspot.check.Confidence;
import dev.blindspot.exposure.routerconfig.CameraPorts;
import dev.blindspot.exposure.routerconfig.PortRange;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.OpenPort;
import java.util.List;
import java.util.Optional;

/**
 * Whether a router rule that lets internet traffic reach {@code address} on some ports reaches a surveillance asset
 * or a camera port. Shared by the router-configuration checks; pure.
 *
 * @param port       the port the finding names (an open port of the asset inside the rule, else a camera port)
 * @param confidence confirmed for an identified surveillance asset; likely for a camera port on a host not scanned or
 *                   of unknown class; possible for a camera port on a host identified as something else
 * @param what       what the address is, for evidence
 */
record RouterReach(String address, Optional<Integer> port, Confidence confidence, String what) {

    /**
     * @param ports      ports the rule lets through on {@code address}; empty for every port
     * @param tcp        whether the rule lets TCP through (camera ports count only then)
     */
    static Optional<RouterReach> of(Inventory inventory, String address, List<PortRange> ports, boolean tcp) {
        Identity id = inventory.identity(address);
        boolean scanned = !inventory.of(address).isEmpty();
        Optional<Integer> open = inventory.of(address, OpenPort.class).map(OpenPort::port)
                .filter(p -> ports.isEmpty() || ports.stream().anyMatch(r -> r.contains(p))).sorted().findFirst();
        Optional<Integer> camera = tcp ? CameraPorts.firstIn(ports) : Optional.empty();
        if (id.isSurveillance()) {
            Optional<Integer> port = open.or(() -> camera).or(() -> ports.stream().findFirst().map(PortRange::first));
            return Optional.of(new RouterReach(address, port, Confidence.CONFIRMED, address + " is " + describe(id)));
        }
        if (camera.isEmpty()) {
            return Optional.empty();
        }
        String service = "TCP " + camera.get() + " is a camera port (" + CameraPorts.service(camera.get()).orElse("") + ")";
        if (!scanned) {
            return Optional.of(new RouterReach(address, camera, ports.isEmpty() ? Confidence.POSSIBLE : Confidence.LIKELY,
                    address + " not scanned; " + (ports.isEmpty() ? "every port reaches it, camera ports included" : service)));
        }
        if (ports.isEmpty()) {
            return Optional.empty();
        }
        if (id.deviceClass().isEmpty()) {
            return Optional.of(new RouterReach(address, camera, Confidence.LIKELY, address + " was scanned but its class"
                    + " is unknown; " + service));
        }
        return Optional.of(new RouterReach(address, camera, Confidence.POSSIBLE, address + " was identified as "
                + describe(id) + ", but " + service));
    }

    /** "a Hikvision camera", "a recorder", "a server". */
    static String describe(Identity id) {
        String cls = id.deviceClass().map(c -> c.wireName()).orElse("device");
        String text = id.vendor().map(v -> v + " " + cls).orElse(cls);
        return ("aeiouAEIOU".indexOf(text.charAt(0)) >= 0 ? "an " : "a ") + text;
    }
}
