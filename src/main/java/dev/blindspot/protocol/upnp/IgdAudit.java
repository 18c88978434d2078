package dev.blindspot.protocol.upnp;

import dev.blindspot.inventory.DiscoveryReply;
import dev.blindspot.inventory.UpnpIgdObservation;
import dev.blindspot.inventory.UpnpIgdReply;
import dev.blindspot.protocol.discovery.SsdpSearch;
import dev.blindspot.protocol.discovery.UdpExchange;
import dev.blindspot.protocol.discovery.UpnpDescription;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpRequestSpec;
import dev.blindspot.protocol.http.RawHttpResponse;
import dev.blindspot.scan.ProbeOutcome;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The read-only UPnP IGD audit of one router address: SSDP M-SEARCH for InternetGatewayDevice:1 and :2 sent unicast to
 * its UDP 1900 (never multicast), the root description at the answer's LOCATION (same address only, bounded client,
 * DTDs off), then the port mappings of its first WANIPConnection/WANPPPConnection service ({@link PortMappings}).
 * Nothing is ever added, changed or deleted on the router.
 */
public final class IgdAudit {

    /** The second search target: IGD v2 routers answer both, some v2-only stacks only this one. */
    public static final String IGD_V2 = "urn:schemas-upnp-org:device:InternetGatewayDevice:2";
    private static final Duration GRACE = Duration.ofMillis(200);

    private final Duration udpDeadline;
    private final BoundedHttpClient client;
    private final Duration budget;

    /**
     * @param udpDeadline deadline of the SSDP exchange
     * @param client      the bounded HTTP client for the description and SOAP calls
     * @param budget      total time for the enumeration (it stops there, saying so)
     */
    public IgdAudit(Duration udpDeadline, BoundedHttpClient client, Duration budget) {
        this.udpDeadline = udpDeadline;
        this.client = client;
        this.budget = budget;
    }

    /** Audits {@code address} (an IP literal). */
    public UpnpIgdObservation audit(String address) {
        InetAddress ip;
        try {
            ip = InetAddress.getByName(address); // a literal: never a name lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + address, e);
        }
        ProbeOutcome<List<DiscoveryReply.SsdpAnswer>> search = UdpExchange.exchange(
                new InetSocketAddress(ip, SsdpSearch.PORT),
                List.of(SsdpSearch.request(address, SsdpSearch.IGD), SsdpSearch.request(address, IGD_V2)),
                udpDeadline, GRACE, 2, SsdpSearch::parse);
        ProbeOutcome<UpnpIgdReply> outcome = switch (search) {
            case ProbeOutcome.Answered<List<DiscoveryReply.SsdpAnswer>> a -> a.value().stream()
                    .filter(s -> !s.location().isEmpty()).findFirst()
                    .<ProbeOutcome<UpnpIgdReply>>map(s -> ProbeOutcome.answered(read(address, s)))
                    .orElseGet(() -> new ProbeOutcome.ProtocolError<>("SSDP answer without LOCATION"));
            case ProbeOutcome.Refused<List<DiscoveryReply.SsdpAnswer>> r -> new ProbeOutcome.Refused<>(r.detail());
            case ProbeOutcome.TimedOut<List<DiscoveryReply.SsdpAnswer>> t -> new ProbeOutcome.TimedOut<>(t.after());
            case ProbeOutcome.ProtocolError<List<DiscoveryReply.SsdpAnswer>> p -> new ProbeOutcome.ProtocolError<>(p.detail());
        };
        return new UpnpIgdObservation(address, SsdpSearch.PORT, outcome);
    }

    private UpnpIgdReply read(String address, DiscoveryReply.SsdpAnswer answer) {
        Optional<HttpRequestSpec> get = UpnpDescription.request(address, answer.location());
        Optional<RawHttpResponse> description = get.flatMap(g -> client.exchangeRaw(g).answer())
                .filter(r -> r.reply().status() == 200);
        if (description.isEmpty()) {
            return new UpnpIgdReply(answer.server(), answer.location(), answer.st(), Optional.empty(), List.of(),
                    List.of(), new UpnpIgdReply.Listing(0, get.isEmpty() ? "description not on this address"
                    : "description not fetched", Optional.empty()));
        }
        byte[] xml = description.get().body();
        List<UpnpIgdReply.Service> services = IgdServices.parse(xml, answer.location(), address);
        PortMappings.Result mappings = services.isEmpty()
                ? new PortMappings.Result(List.of(), new UpnpIgdReply.Listing(0, "no connection service", Optional.empty()))
                : new PortMappings(new IgdSoap(client), budget).read(address, services.getFirst());
        return new UpnpIgdReply(answer.server(), answer.location(), answer.st(), UpnpDescription.parse(xml), services,
                mappings.mappings(), mappings.listing());
    }
}
