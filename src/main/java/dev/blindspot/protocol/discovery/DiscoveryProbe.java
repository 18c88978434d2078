package dev.blindspot.protocol.discovery;

import dev.blindspot.inventory.DiscoveryObservation;
import dev.blindspot.inventory.DiscoveryReply;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.scan.ProbeOutcome;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Unicast UDP discovery of one address: WS-Discovery (3702), SSDP (1900, then the UPnP description when LOCATION is on
 * the same address) and Dahua DHIP (37810), the three at once, each within {@code deadline}. Read-only: these are the
 * questions a video management client asks every device on its network.
 */
public final class DiscoveryProbe {

    static final Duration GRACE = Duration.ofMillis(200);
    static final int MAX_SSDP_ANSWERS = 8;

    private final Duration deadline;
    private final BoundedHttpClient http;

    /**
     * @param deadline total deadline of each UDP exchange
     * @param http     client for the UPnP description (its own limits apply)
     */
    public DiscoveryProbe(Duration deadline, BoundedHttpClient http) {
        this.deadline = deadline;
        this.http = http;
    }

    /** One observation per protocol, in the order WS-Discovery, SSDP, DHIP. {@code address} must be an IP literal. */
    public List<DiscoveryObservation> probe(String address) {
        InetAddress ip;
        try {
            ip = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + address, e);
        }
        try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<DiscoveryObservation> wsd = ex.submit(() -> wsDiscovery(address, ip));
            Future<DiscoveryObservation> ssdp = ex.submit(() -> ssdp(address, ip));
            Future<DiscoveryObservation> dhip = ex.submit(() -> dhip(address, ip));
            List<DiscoveryObservation> out = new ArrayList<>();
            for (Future<DiscoveryObservation> f : List.of(wsd, ssdp, dhip)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (ExecutionException e) {
            throw new IllegalStateException("discovery of " + address + " failed", e.getCause());
        }
    }

    DiscoveryObservation wsDiscovery(String address, InetAddress ip) {
        WsDiscovery.Probe typed = WsDiscovery.probe(true);
        WsDiscovery.Probe untyped = WsDiscovery.probe(false);
        List<String> ids = List.of(typed.messageId(), untyped.messageId());
        ProbeOutcome<List<DiscoveryReply.WsDiscovery>> outcome = UdpExchange.exchange(
                new InetSocketAddress(ip, WsDiscovery.PORT), List.of(typed.bytes(), untyped.bytes()), deadline, GRACE,
                2, datagram -> WsDiscovery.parse(datagram, ids));
        return new DiscoveryObservation(address, WsDiscovery.PORT, DiscoveryObservation.WS_DISCOVERY,
                map(outcome, DiscoveryProbe::merge));
    }

    DiscoveryObservation ssdp(String address, InetAddress ip) {
        ProbeOutcome<List<DiscoveryReply.SsdpAnswer>> outcome = UdpExchange.exchange(
                new InetSocketAddress(ip, SsdpSearch.PORT),
                List.of(SsdpSearch.request(address, SsdpSearch.ALL), SsdpSearch.request(address, SsdpSearch.IGD)),
                deadline, GRACE, MAX_SSDP_ANSWERS, SsdpSearch::parse);
        return new DiscoveryObservation(address, SsdpSearch.PORT, DiscoveryObservation.SSDP, map(outcome, answers -> {
            Optional<DiscoveryReply.UpnpDevice> description = answers.stream()
                    .flatMap(a -> UpnpDescription.request(address, a.location()).stream())
                    .findFirst().flatMap(new UpnpDescription(http)::fetch);
            return new DiscoveryReply.Ssdp(answers, description);
        }));
    }

    DiscoveryObservation dhip(String address, InetAddress ip) {
        ProbeOutcome<List<DiscoveryReply.Dhip>> outcome = UdpExchange.exchange(
                new InetSocketAddress(ip, DhipDiscovery.PORT), List.of(DhipDiscovery.request()), deadline, GRACE, 1,
                DhipDiscovery::parse);
        return new DiscoveryObservation(address, DhipDiscovery.PORT, DiscoveryObservation.DHIP,
                map(outcome, List::getFirst));
    }

    static DiscoveryReply merge(List<DiscoveryReply.WsDiscovery> replies) {
        List<String> types = new ArrayList<>();
        List<String> scopes = new ArrayList<>();
        List<String> xaddrs = new ArrayList<>();
        for (DiscoveryReply.WsDiscovery r : replies) {
            r.types().stream().filter(t -> !types.contains(t)).forEach(types::add);
            r.scopes().stream().filter(s -> !scopes.contains(s)).forEach(scopes::add);
            r.xaddrs().stream().filter(x -> !xaddrs.contains(x)).forEach(xaddrs::add);
        }
        return new DiscoveryReply.WsDiscovery(types, scopes, xaddrs);
    }

    private static <A> ProbeOutcome<DiscoveryReply> map(ProbeOutcome<A> outcome,
                                                           java.util.function.Function<A, ? extends DiscoveryReply> f) {
        return switch (outcome) {
            case ProbeOutcome.Answered<A> a -> ProbeOutcome.answered(f.apply(a.value()));
            case ProbeOutcome.Refused<A> r -> new ProbeOutcome.Refused<>(r.detail());
            case ProbeOutcome.TimedOut<A> t -> new ProbeOutcome.TimedOut<>(t.after());
            case ProbeOutcome.ProtocolError<A> p -> new ProbeOutcome.ProtocolError<>(p.detail());
        };
    }
}
