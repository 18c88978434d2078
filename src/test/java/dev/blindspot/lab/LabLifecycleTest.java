package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class LabLifecycleTest {

    @Test
    void closingFreesEveryPortAndEveryConnection() throws Exception {
        RunningLab lab = Lab.start(Fleets.demo(), TestLabs.options());
        Set<String> endpoints = endpoints(lab);
        LabDevice first = lab.devices().get(0);
        Socket idle = new Socket(first.address(), first.ports().get("http"));
        waitUntil(() -> lab.openConnections() == 1);

        lab.close();
        lab.close(); // idempotent

        assertThat(idle.getInputStream().read()).as("open connections are closed too").isEqualTo(-1);
        idle.close();
        waitUntil(() -> lab.openConnections() == 0);
        for (String endpoint : endpoints) {
            String[] parts = endpoint.split(" ");
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(InetAddress.getByName(parts[0]), Integer.parseInt(parts[1])));
            }
        }
        // every device listens on at least two TCP ports (the demo has 18 devices)
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(2 * Fleets.demo().size());
    }

    @Test
    void privilegedPortsMoveByTheOffsetWhenAskedAndTheDescriptorSaysSo() throws Exception {
        DeviceSpec dahua = DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA);
        try (RunningLab lab = Lab.start(List.of(dahua), TestLabs.options().withUnprivilegedPortsOnly(true))) {
            LabDevice device = lab.devices().get(0);
            assertThat(device.ports()).containsExactly(Map.entry("http", 20080), Map.entry("rtsp", 20554),
                    Map.entry("dahua-sdk", 37777), Map.entry("telnet", 20023), Map.entry("onvif", 20080));
            Wire.Reply reply = Wire.exchange(device.address(), 20080, "GET / HTTP/1.1\r\nHost: cam\r\n\r\n");
            assertThat(reply.status()).isEqualTo(200);
        }
    }

    @Test
    void aPortAlreadyTakenFailsTheStartAndReleasesWhatWasBound() throws Exception {
        LabOptions options = TestLabs.options();
        String firstAddress = options.firstAddress();
        String second = firstAddress.substring(0, firstAddress.lastIndexOf('.')) + ".2";
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(InetAddress.getByName(second), 554));
            assertThatThrownBy(() -> Lab.start(Fleets.demo(), options)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("rtsp on " + second + ":554");
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(firstAddress), 80));
        }
    }

    @Test
    void aPeerTricklingBytesIsCutOffAtTheDeadline() throws Exception {
        LabOptions options = TestLabs.options().withReadDeadline(Duration.ofMillis(800));
        try (RunningLab lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.HARDENED_CAMERA)), options);
             Socket socket = new Socket(lab.devices().get(0).address(), 80)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            long start = System.nanoTime();
            byte[] request = "GET / HTTP/1.1\r\nHost: cam\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".getBytes(StandardCharsets.US_ASCII);
            boolean cut = false;
            for (byte b : request) {
                try {
                    out.write(b);
                    out.flush();
                } catch (IOException e) {
                    cut = true;
                    break;
                }
                Thread.sleep(60);
                if (socket.getInputStream().available() > 0 || System.nanoTime() - start > 1_500_000_000L) {
                    break;
                }
            }
            int read = cut ? -1 : in.read();
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(read).isEqualTo(-1);
            assertThat(elapsedMs).isBetween(700L, 4000L);
        }
    }

    @Test
    void oversizedRequestLinesAreRefusedWith400() throws Exception {
        try (RunningLab lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA)), TestLabs.options())) {
            LabDevice device = lab.devices().get(0);
            Wire.Reply reply = Wire.exchange(device.address(), 80, "GET /" + "a".repeat(10_000) + " HTTP/1.1\r\n\r\n");
            assertThat(reply.statusLine()).isEqualTo("HTTP/1.1 400 Bad Request");
            Wire.Reply rtsp = Wire.exchange(device.address(), 554, "DESCRIBE rtsp://x/ RTSP/1.0\r\n\r\n");
            assertThat(rtsp.statusLine()).as("no CSeq").isEqualTo("RTSP/1.0 400 Bad Request");
        }
    }

    private static Set<String> endpoints(RunningLab lab) {
        Set<String> endpoints = new TreeSet<>();
        for (LabDevice device : lab.devices()) {
            device.ports().values().forEach(port -> endpoints.add(device.address() + " " + port));
        }
        return endpoints;
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
