package dev.blindspot.fingerprint;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.DiscoveryObservation;
import dev.blindspot.inventory.DiscoveryReply;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a device's own discovery answer says about it: strong, like a vendor API. Dahua's DHIP search is answered by
 * Dahua firmware only, so its answer names Dahua unless it prints a brand the vocabulary knows (an OEM such as
 * Amcrest); white-label units print {@code Private}. A UPnP description names its manufacturer (through the
 * vocabulary's aliases) and model (its class comes from the rules on {@code upnp.devicetype}). WS-Discovery scopes are not here: the
 * name scope is user-configurable, so scopes go through the fingerprint rules ({@code wsd.scopes}) instead.
 */
record DiscoveryIdentity(String source, Optional<String> vendor, Optional<String> model, Optional<String> firmware,
                         Optional<DeviceClass> deviceClass) {

    static Optional<DiscoveryIdentity> of(DiscoveryObservation o, VendorVocabulary vocabulary) {
        return o.outcome().answer().flatMap(reply -> switch (reply) {
            case DiscoveryReply.Dhip d -> Optional.of(dhip(d.fields(), vocabulary));
            case DiscoveryReply.Ssdp s -> s.description().map(u -> upnp(u, vocabulary));
            case DiscoveryReply.WsDiscovery w -> Optional.empty();
        });
    }

    private static DiscoveryIdentity dhip(Map<String, String> f, VendorVocabulary vocabulary) {
        String vendor = Optional.ofNullable(f.get("Vendor")).flatMap(vocabulary::canonical).orElse("Dahua");
        String cls = f.getOrDefault("DeviceClass", "").toUpperCase(Locale.ROOT);
        Optional<DeviceClass> deviceClass = cls.matches("IPC.*|SD.*|IPCAM") ? Optional.of(DeviceClass.CAMERA)
                : cls.matches("(NVR|XVR|DVR|HCVR|NVS|EVS|IVSS).*") ? Optional.of(DeviceClass.RECORDER) : Optional.empty();
        return new DiscoveryIdentity("dhip.vendor", Optional.of(vendor), Optional.ofNullable(f.get("DeviceType")),
                Optional.ofNullable(f.get("Version")), deviceClass);
    }

    private static DiscoveryIdentity upnp(DiscoveryReply.UpnpDevice u, VendorVocabulary vocabulary) {
        Optional<String> vendor = u.manufacturer().map(m -> vocabulary.canonical(m).orElse(m));
        // a marketing name ("NETGEAR Nighthawk X4 AC2350 Smart WiFi Router") loses to a model code ("R7500v2")
        Optional<String> code = u.modelNumber().filter(n -> !n.contains(" ") && n.matches(".*[A-Za-z].*"));
        Optional<String> model = u.modelName().filter(n -> code.isEmpty() || !n.contains(" ")).or(() -> code)
                .or(u::modelName);
        return new DiscoveryIdentity("upnp.manufacturer", vendor, model, Optional.empty(), Optional.empty());
    }
}
