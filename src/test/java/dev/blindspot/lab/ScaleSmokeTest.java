package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleSmokeTest {

    @Test
    void twoHundredDevicesStartQuicklyAnswerAndStopClean() throws Exception {
        List<DeviceSpec> fleet = Fleets.repeated(200);
        long start = System.nanoTime();
        RunningLab lab = Lab.start(fleet, TestLabs.options());
        long startedMs = (System.nanoTime() - start) / 1_000_000;
        int listeners;
        try {
            listeners = lab.devices().stream().mapToInt(d -> (int) d.ports().entrySet().stream()
                    .filter(e -> !e.getKey().equals("onvif")).count()).sum();
            assertThat(lab.devices()).hasSize(200);
            assertThat(lab.devices().get(199).address()).isNotEqualTo(lab.devices().get(0).address());
            for (int i = 0; i < 200; i += 37) {
                LabDevice device = lab.devices().get(i);
                Wire.Reply reply = Wire.exchange(device.address(), device.ports().get("http"),
                        "GET / HTTP/1.1\r\nHost: cam\r\n\r\n");
                assertThat(reply.status()).as(device.address()).isIn(200, 405);
            }
        } finally {
            lab.close();
        }
        System.out.printf("lab: 200 devices, %d listeners started in %d ms%n", listeners, startedMs);
        assertThat(listeners).isGreaterThan(500);
        assertThat(startedMs).isLessThan(10_000);
        LabDevice last = lab.devices().get(199);
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(last.address(), last.ports().get("http")));
        }
    }
}
