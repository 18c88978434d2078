package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TLS and UDP listeners the VMS/network kinds added: hostile peers are cut off, close frees every port. */
class VmsLifecycleTest {

    @Test
    void aPeerThatNeverFinishesTheTlsHandshakeIsCutOffAtTheReadDeadline() throws Exception {
        LabOptions options = TestLabs.options().withFirstAddress("127.34.50.1").withReadDeadline(Duration.ofMillis(500));
        try (RunningLab lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.FRIGATE)), options);
             Socket silent = new Socket()) {
            silent.connect(new InetSocketAddress("127.34.50.1", 8971), 2000);
            silent.setSoTimeout(5000);
            long start = System.nanoTime();
            silent.getOutputStream().write(new byte[] {0x16, 0x03}); // the first bytes of a ClientHello, then nothing
            byte[] rest = silent.getInputStream().readAllBytes(); // at most a TLS alert, then end of stream
            assertThat(rest.length).isLessThan(64);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        } catch (java.net.SocketException reset) {
            // a reset is also a cut-off
        }
    }

    @Test
    void closingTheLabFreesTheSsdpAndTlsPorts() throws Exception {
        List<DeviceSpec> specs = List.of(DeviceSpec.defaults(DeviceKind.UPNP_ROUTER), DeviceSpec.defaults(DeviceKind.FRIGATE));
        LabOptions options = TestLabs.options().withFirstAddress("127.34.51.1");
        Lab.start(specs, options).close();
        InetAddress router = InetAddress.getByName("127.34.51.1");
        try (DatagramSocket again = new DatagramSocket(new InetSocketAddress(router, 1900))) {
            assertThat(again.getLocalPort()).isEqualTo(1900);
        }
        try (RunningLab second = Lab.start(specs, options)) {
            assertThat(second.devices()).hasSize(2);
        }
    }

    @Test
    void ssdpIgnoresGarbageAndKeepsAnswering() throws IOException {
        try (RunningLab lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.UPNP_ROUTER)),
                TestLabs.options().withFirstAddress("127.34.52.1"));
             DatagramSocket client = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.34.52.250"), 0))) {
            client.setSoTimeout(3000);
            InetSocketAddress ssdp = new InetSocketAddress("127.34.52.1", 1900);
            byte[] garbage = new byte[4000];
            java.util.Arrays.fill(garbage, (byte) ':');
            client.send(new java.net.DatagramPacket(garbage, garbage.length, ssdp));
            byte[] search = ("M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\n"
                    + "MX: 1\r\nST: upnp:rootdevice\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            client.send(new java.net.DatagramPacket(search, search.length, ssdp));
            java.net.DatagramPacket answer = new java.net.DatagramPacket(new byte[2048], 2048);
            client.receive(answer);
            assertThat(new String(answer.getData(), 0, answer.getLength(), java.nio.charset.StandardCharsets.US_ASCII))
                    .contains("ST: upnp:rootdevice\r\n", "::upnp:rootdevice\r\n");
        }
    }
}
