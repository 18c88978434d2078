package dev.blindspot.protocol.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test program run inside a network namespace that {@link MulticastDiscoveryNetnsTest} creates: joins
 * 239.255.255.250 on the given interface, answers WS-Discovery Probes with the ProbeMatches of sample
 * discovery/agsh_mockup_Probe.xml and SSDP M-SEARCHes with discovery/ssdp_msearch_response_pfsense_miniupnpd.http,
 * once from each given source address. Prints "ready" when listening; exits after 60 s.
 */
public final class NetnsResponder {

    private static final Pattern MESSAGE_ID = Pattern.compile("MessageID[^>]*>([^<]{1,200})<");

    public static void main(String[] args) throws Exception {
        NetworkInterface nif = NetworkInterface.getByName(args[0]);
        List<InetAddress> sources = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sources.add(InetAddress.getByName(args[i]));
        }
        String probeMatches = resource("/discovery/agsh_mockup_Probe.xml");
        String ssdpAnswer = resource("/discovery/ssdp_msearch_response_pfsense_miniupnpd.http");
        InetAddress group = InetAddress.getByName("239.255.255.250");
        Thread wsd = Thread.ofPlatform().start(() -> serve(nif, group, 3702, sources, request -> {
            Matcher m = MESSAGE_ID.matcher(request);
            return m.find() ? probeMatches.replace("RELATES_TO", m.group(1)).replace("SERVICE_URI", "") : null;
        }));
        Thread ssdp = Thread.ofPlatform().start(() -> serve(nif, group, 1900, sources,
                request -> request.startsWith("M-SEARCH") ? ssdpAnswer : null));
        System.out.println("ready");
        System.out.flush();
        wsd.join(60_000);
        ssdp.join(1);
        System.exit(0);
    }

    private static void serve(NetworkInterface nif, InetAddress group, int port, List<InetAddress> sources,
                              java.util.function.Function<String, String> answer) {
        try (MulticastSocket socket = new MulticastSocket(port)) {
            socket.joinGroup(new InetSocketAddress(group, port), nif);
            byte[] buffer = new byte[8192];
            while (true) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                String reply = answer.apply(new String(buffer, 0, packet.getLength(), StandardCharsets.UTF_8));
                if (reply == null) {
                    continue;
                }
                byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
                for (InetAddress source : sources) {
                    try (DatagramSocket out = new DatagramSocket(new InetSocketAddress(source, 0))) {
                        out.send(new DatagramPacket(bytes, bytes.length, packet.getSocketAddress()));
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("responder on " + port + ": " + e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NetnsResponder.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
