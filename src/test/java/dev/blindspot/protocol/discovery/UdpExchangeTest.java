package dev.blindspot.protocol.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.scan.ProbeOutcome;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The bounded unicast exchange against tiny UDP peers on 127.50.0.x (loopback only). */
class UdpExchangeTest {

    private static final Duration DEADLINE = Duration.ofMillis(400);
    private static final Duration GRACE = Duration.ofMillis(50);

    private static Optional<String> ok(byte[] d) {
        String s = new String(d, StandardCharsets.US_ASCII);
        return s.startsWith("OK") ? Optional.of(s) : Optional.empty();
    }

    /** A peer on {@code address} that hands each datagram and its sender to {@code reply}. */
    private static DatagramSocket peer(String address, BiConsumer<DatagramSocket, DatagramPacket> reply) throws Exception {
        DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(address), 0));
        Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[2048];
            while (!s.isClosed()) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    s.receive(p);
                    reply.accept(s, p);
                } catch (Exception e) {
                    return;
                }
            }
        });
        return s;
    }

    private static void send(DatagramSocket s, DatagramPacket to, String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        try {
            s.send(new DatagramPacket(b, b.length, to.getSocketAddress()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProbeOutcome<List<String>> ask(DatagramSocket peer, int wanted) {
        return UdpExchange.exchange((InetSocketAddress) peer.getLocalSocketAddress(),
                List.of("Q1".getBytes(StandardCharsets.US_ASCII), "Q2".getBytes(StandardCharsets.US_ASCII)),
                DEADLINE, GRACE, wanted, UdpExchangeTest::ok);
    }

    @Test
    void answersAreCollectedUntilEnoughArrived() throws Exception {
        try (DatagramSocket peer = peer("127.50.0.1", (s, p) -> send(s, p, "OK " + new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII)))) {
            long t = System.nanoTime();
            assertThat(ask(peer, 2).answer()).contains(List.of("OK Q1", "OK Q2"));
            assertThat(Duration.ofNanos(System.nanoTime() - t)).isLessThan(DEADLINE);
        }
    }

    @Test
    void afterTheFirstAnswerOnlyTheGracePeriodIsWaited() throws Exception {
        try (DatagramSocket peer = peer("127.50.0.2", (s, p) -> {
            if (p.getData()[1] == '1') {
                send(s, p, "OK first");
            }
        })) {
            long t = System.nanoTime();
            assertThat(ask(peer, 2).answer()).contains(List.of("OK first"));
            assertThat(Duration.ofNanos(System.nanoTime() - t)).isLessThan(Duration.ofMillis(300));
        }
    }

    @Test
    void aClosedPortIsRefusedAtOnce() throws Exception {
        InetSocketAddress closed;
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.50.0.3"), 0))) {
            closed = (InetSocketAddress) s.getLocalSocketAddress();
        }
        ProbeOutcome<List<String>> outcome = UdpExchange.exchange(closed, List.of(new byte[] {1}), DEADLINE, GRACE, 1,
                UdpExchangeTest::ok);
        assertThat(outcome).isInstanceOf(ProbeOutcome.Refused.class);
    }

    @Test
    void silenceTimesOutAtTheDeadline() throws Exception {
        try (DatagramSocket peer = peer("127.50.0.4", (s, p) -> { })) {
            long t = System.nanoTime();
            assertThat(ask(peer, 1)).isInstanceOf(ProbeOutcome.TimedOut.class);
            assertThat(Duration.ofNanos(System.nanoTime() - t)).isBetween(DEADLINE.minusMillis(50), DEADLINE.plusMillis(300));
        }
    }

    @Test
    void garbageIsAProtocolErrorAndAFloodCannotHoldUsPastTheDeadline() throws Exception {
        try (DatagramSocket peer = peer("127.50.0.5", (s, p) -> {
            for (int i = 0; i < 500; i++) {
                send(s, p, "garbage " + i);
            }
        })) {
            long t = System.nanoTime();
            ProbeOutcome<List<String>> outcome = ask(peer, 1);
            assertThat(outcome).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(Duration.ofNanos(System.nanoTime() - t)).isLessThan(DEADLINE.plusMillis(300));
        }
    }

    @Test
    void answersFromAnotherPortOfTheSameHostAreNotAccepted() throws Exception {
        try (DatagramSocket other = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.50.0.6"), 0));
             DatagramSocket peer = peer("127.50.0.6", (s, p) -> send(other, p, "OK spoofed"))) {
            assertThat(ask(peer, 1)).isInstanceOf(ProbeOutcome.TimedOut.class);
        }
    }
}
