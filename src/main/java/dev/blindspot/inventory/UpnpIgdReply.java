package dev.blindspot.inventory;

import java.util.List;
import java.util.Optional;

/**
 * What a UPnP IGD told about itself and its port mappings (every string bounded and stripped of control characters).
 *
 * @param server      SERVER header of the SSDP answer (e.g. {@code OpenWRT/... UPnP/1.1 MiniUPnPd/2.3.1})
 * @param location    LOCATION of the SSDP answer (the root description URL)
 * @param searchTarget ST of the answer ({@code ...:InternetGatewayDevice:1} or {@code :2})
 * @param device      identity fields of the root description; empty when not fetched or unreadable
 * @param services    WANIPConnection / WANPPPConnection services with their control URLs, in description order
 * @param mappings    port mappings read from the first such service (GetGenericPortMappingEntry, and
 *                    GetListOfPortMappings on WANIPConnection:2), de-duplicated
 * @param listing     how the listing ended
 */
public record UpnpIgdReply(String server, String location, String searchTarget,
                           Optional<DiscoveryReply.UpnpDevice> device, List<Service> services,
                           List<Mapping> mappings, Listing listing) {

    public UpnpIgdReply {
        services = List.copyOf(services);
        mappings = List.copyOf(mappings);
    }

    /** One connection service of the description: its type and absolute control URL. */
    public record Service(String serviceType, String controlUrl) {}

    /**
     * One port mapping as the IGD listed it.
     *
     * @param remoteHost     the remote host it is limited to; empty = any host on the internet
     * @param leaseSeconds   remaining lease; 0 = permanent
     */
    public record Mapping(String remoteHost, int externalPort, String protocol, String internalClient,
                          int internalPort, boolean enabled, String description, long leaseSeconds) {}

    /**
     * The end of the enumeration.
     *
     * @param indexesRead     GetGenericPortMappingEntry calls answered with an entry
     * @param endedBy         {@code fault 713} (the specified end of the list), {@code cap N}, {@code fault N},
     *                        {@code no connection service}, or the error that stopped it
     * @param listOfMappings  {@code GetListOfPortMappings}'s outcome on IGD v2 ({@code N entries}, {@code fault N},
     *                        an error); empty when the service is not v2
     */
    public record Listing(int indexesRead, String endedBy, Optional<String> listOfMappings) {

        /** True when GetGenericPortMappingEntry ran until the device said there were no more (fault 713). */
        public boolean complete() {
            return endedBy.startsWith("fault 713");
        }
    }
}
