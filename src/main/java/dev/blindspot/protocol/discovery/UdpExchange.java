package dev.blindspot.protocol.discovery;

import dev.blindspot.scan.ProbeOutcome;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One unicast UDP request/answer exchange with a total deadline. The socket is connected to the target, so the
 * system hands it datagrams from {@code target} only (each source is checked again) and an ICMP port unreachable
 * surfaces as {@link ProbeOutcome.Refused}. Datagrams are read into a {@value #MAX_DATAGRAM}-byte buffer (larger ones
 * are cut, and then fail to parse); at most {@value #MAX_DATAGRAMS} are read per exchange.
 */
public final class UdpExchange {

    public static final int MAX_DATAGRAM = 64 * 1024;
    static final int MAX_DATAGRAMS = 64;

    private UdpExchange() {}

    /**
     * Sends every request, then reads answers until {@code wanted} were accepted, the deadline passed, or
     * {@code grace} passed since the first accepted one. {@code accept} parses one datagram (empty: not an answer to
     * us). Answered with the accepted values in arrival order; ProtocolError when datagrams came but none was accepted.
     */
    public static <T> ProbeOutcome<List<T>> exchange(InetSocketAddress target, List<byte[]> requests, Duration deadline,
                                                     Duration grace, int wanted, Function<byte[], Optional<T>> accept) {
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        List<T> accepted = new ArrayList<>();
        int rejected = 0;
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(target);
            for (byte[] request : requests) {
                socket.send(new DatagramPacket(request, request.length));
            }
            byte[] buffer = new byte[MAX_DATAGRAM];
            for (int read = 0; read < MAX_DATAGRAMS && accepted.size() < wanted; read++) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException e) {
                    break;
                }
                if (!target.equals(packet.getSocketAddress())) {
                    continue;
                }
                Optional<T> value = accept.apply(Arrays.copyOf(packet.getData(), packet.getLength()));
                if (value.isPresent()) {
                    if (accepted.isEmpty()) {
                        end = Math.min(end, System.nanoTime() + grace.toNanos());
                    }
                    accepted.add(value.get());
                } else {
                    rejected++;
                }
            }
        } catch (PortUnreachableException e) {
            return new ProbeOutcome.Refused<>("ICMP port unreachable");
        } catch (IOException e) {
            return new ProbeOutcome.Refused<>(String.valueOf(e.getMessage()));
        }
        if (!accepted.isEmpty()) {
            return ProbeOutcome.answered(List.copyOf(accepted));
        }
        if (rejected > 0) {
            return new ProbeOutcome.ProtocolError<>(rejected + " datagram(s), none an answer to our request");
        }
        return new ProbeOutcome.TimedOut<>(Duration.ofNanos(System.nanoTime() - start));
    }
}
