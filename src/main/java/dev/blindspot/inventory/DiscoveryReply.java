package dev.blindspot.inventory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a device said about itself when asked by a discovery protocol, as far as Blindspot read it (bounded). */
public sealed interface DiscoveryReply {

    /**
     * A WS-Discovery ProbeMatch (merged over the matches of one reply).
     *
     * @param types  qualified names such as {@code dn:NetworkVideoTransmitter}
     * @param scopes scope URIs, URL-decoded ({@code onvif://www.onvif.org/name/HIKVISION DS-2CD2385G1-I})
     * @param xaddrs service addresses the device announced (never contacted by discovery itself)
     */
    record WsDiscovery(List<String> types, List<String> scopes, List<String> xaddrs) implements DiscoveryReply {
        public WsDiscovery {
            types = List.copyOf(types);
            scopes = List.copyOf(scopes);
            xaddrs = List.copyOf(xaddrs);
        }
    }

    /**
     * SSDP answers to M-SEARCH and, when its LOCATION was on the same address, the UPnP device description.
     *
     * @param answers     the HTTPU answers (first ones, bounded)
     * @param description the root device's description; empty when not fetched or unreadable
     */
    record Ssdp(List<SsdpAnswer> answers, Optional<UpnpDevice> description) implements DiscoveryReply {
        public Ssdp {
            answers = List.copyOf(answers);
        }
    }

    /** One HTTPU answer: its SERVER, LOCATION, ST and USN headers (empty string when absent). */
    record SsdpAnswer(String server, String location, String st, String usn) {}

    /**
     * The identity fields of a UPnP root device description. Serial numbers and UDNs are deliberately not kept.
     */
    record UpnpDevice(Optional<String> manufacturer, Optional<String> modelName, Optional<String> modelNumber,
                      Optional<String> friendlyName, Optional<String> deviceType) {}

    /**
     * A Dahua DHIP {@code client.notifyDevInfo} answer: selected text fields of {@code deviceInfo} ({@code DeviceType},
     * {@code DeviceClass}, {@code Vendor}, {@code Manufacturer}, {@code Version}, {@code HttpPort}, {@code Port});
     * serial number and MAC are not kept.
     */
    record Dhip(Map<String, String> fields) implements DiscoveryReply {
        public Dhip {
            fields = Map.copyOf(fields);
        }
    }
}
