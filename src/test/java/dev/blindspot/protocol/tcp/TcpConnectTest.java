package dev.blindspot.protocol.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.scan.ProbeOutcome;
import dev.blindspot.testing.AcceptCounter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TcpConnectTest {

    @Test
    void aServiceThatAcceptsAndResetsAtOnceIsOpen() throws Exception {
        // such a service sometimes resets before the client's connect returns ("Connection reset"): still open
        // at most 8 connects at once (the scan's per-host budget is 4): more would overflow the accept backlog
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(8);
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try (java.net.Socket c = server.accept()) {
                        c.setSoLinger(true, 0);
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            });
            java.util.List<ProbeOutcome<Duration>> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (var ex = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 300; i++) {
                    ex.submit(() -> {
                        inFlight.acquireUninterruptibly();
                        try {
                            outcomes.add(TcpConnect.probe("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2)));
                        } finally {
                            inFlight.release();
                        }
                    });
                }
            }
            assertThat(outcomes).hasSize(300).allMatch(o -> o instanceof ProbeOutcome.Answered<Duration>);
        }
    }

    @Test
    void openPortAnswersAndClosedPortIsRefused() throws Exception {
        try (AcceptCounter open = AcceptCounter.start("127.0.0.1", 0)) {
            assertThat(TcpConnect.probe("127.0.0.1", open.port(), Duration.ofSeconds(1))).isInstanceOf(ProbeOutcome.Answered.class);
        }
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        ProbeOutcome<Duration> o = TcpConnect.probe("127.0.0.1", closed, Duration.ofSeconds(1));
        assertThat(o).isInstanceOf(ProbeOutcome.Refused.class);
        assertThat(o.describe()).startsWith("connection refused");
    }

    @Test
    void ipv6LoopbackWorks() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            assertThat(TcpConnect.probe("0:0:0:0:0:0:0:1", s.getLocalPort(), Duration.ofSeconds(1)).answer()).isPresent();
        }
    }
}
