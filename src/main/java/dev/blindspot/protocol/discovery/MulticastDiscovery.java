package dev.blindspot.protocol.discovery;

import dev.blindspot.inventory.DiscoveryObservation;
import dev.blindspot.inventory.DiscoveryReply;
import dev.blindspot.scan.ProbeOutcome;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Opt-in multicast discovery on one named interface ({@code scan --discover-on IFACE}): one WS-Discovery Probe to
 * 239.255.255.250:3702 and one SSDP M-SEARCH to 239.255.255.250:1900, sent out of that interface only with TTL 1 (they
 * never cross a router), then answers are read for {@code window}. Answers from addresses the scope contains become
 * observations of those addresses; the others are only counted and named in a note, never probed. At most
 * {@value #MAX_DATAGRAMS} datagrams of at most {@value UdpExchange#MAX_DATAGRAM} bytes are read. IPv4 only.
 */
public final class MulticastDiscovery {

    static final InetAddress GROUP = ipv4("239.255.255.250");
    static final int MAX_DATAGRAMS = 4096;
    static final int MAX_NOTED = 20;

    /** What the interface's network answered. */
    public record Result(Map<String, List<DiscoveryObservation>> inScope, Set<String> outOfScope) {
        public Result {
            inScope = Map.copyOf(inScope);
            outOfScope = Set.copyOf(outOfScope);
        }

        /** The operator-facing note for answers from outside the scope, if there were any. */
        public Optional<String> note() {
            if (outOfScope.isEmpty()) {
                return Optional.empty();
            }
            List<String> shown = outOfScope.stream().sorted().limit(MAX_NOTED).toList();
            return Optional.of(outOfScope.size() + " device(s) outside the scope answered multicast discovery and were"
                    + " not probed: " + String.join(", ", shown) + (outOfScope.size() > shown.size() ? ", ..." : ""));
        }
    }

    private final NetworkInterface iface;
    private final Duration window;

    public MulticastDiscovery(NetworkInterface iface, Duration window) {
        this.iface = iface;
        this.window = window;
    }

    /** Looks the interface up by name; throws IllegalArgumentException naming it when it cannot be used. */
    public static NetworkInterface interfaceNamed(String name) {
        try {
            NetworkInterface nif = NetworkInterface.getByName(name);
            if (nif == null) {
                throw new IllegalArgumentException("no network interface named '" + name + "'");
            }
            if (!nif.isUp() || !nif.supportsMulticast()) {
                throw new IllegalArgumentException("interface '" + name + "' is down or does not support multicast");
            }
            if (ipv4Of(nif).isEmpty()) {
                throw new IllegalArgumentException("interface '" + name + "' has no IPv4 address");
            }
            return nif;
        } catch (SocketException e) {
            throw new IllegalArgumentException("cannot read interface '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Sends the two searches and collects answers; {@code inScope} decides which sources become observations. */
    public Result run(Predicate<String> inScope) throws IOException {
        InetAddress local = ipv4Of(iface).orElseThrow(() -> new IOException("interface " + iface.getName() + " has no IPv4 address"));
        WsDiscovery.Probe probe = WsDiscovery.probe(false);
        Map<String, List<DiscoveryReply.WsDiscovery>> wsd = new LinkedHashMap<>();
        Map<String, List<DiscoveryReply.SsdpAnswer>> ssdp = new LinkedHashMap<>();
        Set<String> outside = new LinkedHashSet<>();
        try (MulticastSocket socket = new MulticastSocket(new InetSocketAddress(local, 0))) {
            socket.setNetworkInterface(iface);
            socket.setTimeToLive(1);
            socket.setOption(java.net.StandardSocketOptions.IP_MULTICAST_LOOP, false);
            byte[] search = SsdpSearch.request(GROUP.getHostAddress(), SsdpSearch.ALL);
            socket.send(new DatagramPacket(probe.bytes(), probe.bytes().length, GROUP, WsDiscovery.PORT));
            socket.send(new DatagramPacket(search, search.length, GROUP, SsdpSearch.PORT));
            long end = System.nanoTime() + window.toNanos();
            byte[] buffer = new byte[UdpExchange.MAX_DATAGRAM];
            for (int read = 0; read < MAX_DATAGRAMS; read++) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException e) {
                    break;
                }
                String from = packet.getAddress().getHostAddress();
                byte[] data = Arrays.copyOf(packet.getData(), packet.getLength());
                boolean wsdAnswer = packet.getPort() == WsDiscovery.PORT || looksLikeXml(data);
                Optional<?> parsed = wsdAnswer ? WsDiscovery.parse(data, List.of(probe.messageId())) : SsdpSearch.parse(data);
                if (parsed.isEmpty()) {
                    continue;
                }
                if (!inScope.test(from)) {
                    outside.add(from);
                } else if (parsed.get() instanceof DiscoveryReply.WsDiscovery w) {
                    wsd.computeIfAbsent(from, k -> new ArrayList<>()).add(w);
                } else if (parsed.get() instanceof DiscoveryReply.SsdpAnswer a) {
                    ssdp.computeIfAbsent(from, k -> new ArrayList<>()).add(a);
                }
            }
        }
        Map<String, List<DiscoveryObservation>> out = new LinkedHashMap<>();
        wsd.forEach((address, replies) -> out.computeIfAbsent(address, k -> new ArrayList<>()).add(
                new DiscoveryObservation(address, WsDiscovery.PORT, DiscoveryObservation.WS_DISCOVERY,
                        ProbeOutcome.answered(DiscoveryProbe.merge(replies)))));
        ssdp.forEach((address, answers) -> out.computeIfAbsent(address, k -> new ArrayList<>()).add(
                new DiscoveryObservation(address, SsdpSearch.PORT, DiscoveryObservation.SSDP,
                        ProbeOutcome.answered(new DiscoveryReply.Ssdp(answers.stream().limit(DiscoveryProbe.MAX_SSDP_ANSWERS).toList(),
                                Optional.empty())))));
        return new Result(out, outside);
    }

    private static boolean looksLikeXml(byte[] data) {
        for (byte b : data) {
            if (!Character.isWhitespace(b)) {
                return b == '<';
            }
        }
        return false;
    }

    private static Optional<InetAddress> ipv4Of(NetworkInterface nif) {
        return nif.getInterfaceAddresses().stream().map(a -> a.getAddress()).filter(a -> a instanceof Inet4Address).findFirst();
    }

    private static InetAddress ipv4(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
