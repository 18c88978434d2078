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
