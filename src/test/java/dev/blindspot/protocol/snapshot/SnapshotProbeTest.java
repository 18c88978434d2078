package dev.blindspot.protocol.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Headers;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import dev.blindspot.lab.media.JpegStill;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpLimits;
import dev.blindspot.protocol.http.LoopbackServer;
import dev.blindspot.scan.ProbeOutcome;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The snapshot probe against loopback servers: request plan, kept fields, budget, and hostile "JPEG" bodies. */
class SnapshotProbeTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final SnapshotProbe probe = new SnapshotProbe(new BoundedHttpClient(scheduler, HttpLimits.defaults()
            .withTotalDeadline(Duration.ofSeconds(2)).withMaxBodyBytes(SnapshotProbe.MAX_BODY)), SnapshotPaths.bundled());

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private static Identity camera(String vendor, String manufacturer) {
        return new Identity(Optional.ofNullable(vendor), Optional.ofNullable(manufacturer), Optional.empty(),
                Optional.empty(), Optional.of(DeviceClass.CAMERA), Optional.empty(), List.of(), List.of());
    }

    private static List<Observation> web(int port) {
        HttpReply root = new HttpReply(200, "OK", Headers.of(List.of()), "", Optional.empty(), Optional.empty(),
                Optional.empty());
        return List.of(new HttpObservation("127.0.0.1", port, false, "GET", "/", ProbeOutcome.answered(root)));
    }

    private static byte[] http(String status, String type, byte[] body, String... extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n");
        for (String h : extra) {
            head.append(h).append("\r\n");
        }
        out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static VendorApiReply reply(VendorApiObservation o) {
        return o.outcome().answer().orElseThrow(() -> new AssertionError(o.outcome().describe()));
    }

    @Test
    void openHikvisionSnapshotIsReadWithoutKeepingTheImageAndTheConfigPageIsAskedOnce() throws Exception {
        byte[] jpeg = JpegStill.bundledFile();
        try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                r.requestLine().contains("/picture") ? http("200 OK", "image/jpeg", jpeg)
                        : http("401 Unauthorized", "application/xml", new byte[0], "WWW-Authenticate: Digest realm=\"x\"")))) {
            List<VendorApiObservation> out = probe.probe("127.0.0.1", web(device.port()), camera("Annke", "Hikvision"));
            assertThat(out).extracting(VendorApiObservation::api).containsExactly("snapshot", "snapshot.config");
            assertThat(device.requests()).extracting(LoopbackServer.RecordedRequest::requestLine).containsExactly(
                    "GET /ISAPI/Streaming/channels/101/picture HTTP/1.1", "GET /ISAPI/System/deviceInfo HTTP/1.1");
            assertThat(device.requests()).allMatch(r -> r.header("Authorization") == null);
            assertThat(reply(out.get(0)).fields()).containsOnlyKeys("path", "contentType", "jpeg", "size", "truncated")
                    .containsEntry("jpeg", "yes").containsEntry("size", Integer.toString(jpeg.length))
                    .containsEntry("contentType", "image/jpeg").containsEntry("truncated", "no");
            assertThat(reply(out.get(1)).status()).isEqualTo(401);
            assertThat(reply(out.get(1)).fields()).containsEntry("challenge", "digest").containsEntry("schemes", "digest");
            assertThat(SnapshotProbe.jpeg(out.get(0))).isTrue();
        }
    }

    @Test
    void refusalStopsAtTheFirstPath() throws Exception {
        try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                http("401 Unauthorized", "text/html", "no".getBytes(StandardCharsets.US_ASCII),
                        "WWW-Authenticate: Digest realm=\"AXIS_0\"")))) {
            List<VendorApiObservation> out = probe.probe("127.0.0.1", web(device.port()), camera("Axis", "Axis"));
            assertThat(out).hasSize(1);
            assertThat(SnapshotProbe.refused(out.get(0))).isTrue();
            assertThat(device.requests().getFirst().requestLine()).isEqualTo("GET /axis-cgi/jpg/image.cgi HTTP/1.1");
        }
    }

    @Test
    void notFoundGoesOnButNeverPastThreeRequestsOverAllPorts() throws Exception {
        try (LoopbackServer a = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                http("404 Not Found", "text/html", new byte[0])));
             LoopbackServer b = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                     http("404 Not Found", "text/html", new byte[0])))) {
            List<Observation> ports = new java.util.ArrayList<>(web(a.port()));
            ports.addAll(web(b.port()));
            List<VendorApiObservation> out = probe.probe("127.0.0.1", ports, camera("Hikvision", "Hikvision"));
            assertThat(out).hasSize(SnapshotProbe.MAX_REQUESTS);
            assertThat(a.requests()).hasSize(2);
            assertThat(b.requests()).hasSize(1);
            assertThat(out).noneMatch(SnapshotProbe::jpeg).noneMatch(SnapshotProbe::refused);
        }
    }

    @Test
    void unknownVendorGetsTheTwoGenericPathsAndOthersNothing() throws Exception {
        try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                http("404 Not Found", "text/html", new byte[0])))) {
            assertThat(probe.probe("127.0.0.1", web(device.port()), camera(null, null))).hasSize(2);
            assertThat(device.requests()).extracting(LoopbackServer.RecordedRequest::requestLine).containsExactly(
                    "GET /cgi-bin/snapshot.cgi HTTP/1.1", "GET /snapshot.jpg HTTP/1.1");
            assertThat(probe.probe("127.0.0.1", web(device.port()), camera("Foscam", "Foscam"))).isEmpty();
            assertThat(probe.probe("127.0.0.1", web(device.port()), camera("Bosch", "Bosch"))).isEmpty();
            Identity workstation = new Identity(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(DeviceClass.WORKSTATION), List.of());
            assertThat(probe.probe("127.0.0.1", web(device.port()), workstation)).isEmpty();
            assertThat(device.requests()).hasSize(2);
        }
    }

    @Test
    void endlessJpegIsCutAtTheCapAndTheDeadline() throws Exception {
        byte[] chunk = new byte[8192];
        Arrays.fill(chunk, (byte) 0x55);
        try (LoopbackServer device = LoopbackServer.start((s, r) -> {
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: 99999999999\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0});
            for (int i = 0; i < 1_000_000; i++) {
                out.write(chunk); // until the client hangs up
            }
        })) {
            long start = System.nanoTime();
            List<VendorApiObservation> out = probe.probe("127.0.0.1", web(device.port()), camera("Dahua", "Dahua"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            assertThat(out.get(0).api()).isEqualTo("snapshot");
            assertThat(reply(out.get(0)).fields()).containsEntry("jpeg", "yes").containsEntry("truncated", "yes")
                    .containsEntry("size", "99999999999");
        }
    }

    @Test
    void slowDripSnapshotEndsAtTheDeadline() throws Exception {
        try (LoopbackServer device = LoopbackServer.start((s, r) -> {
            OutputStream out = s.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            for (int i = 0; i < 600; i++) {
                out.write(0);
                out.flush();
                Thread.sleep(50);
            }
        })) {
            long start = System.nanoTime();
            List<VendorApiObservation> out = probe.probe("127.0.0.1", web(device.port()), camera("Dahua", "Dahua"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(reply(out.get(0)).fields()).containsEntry("truncated", "yes").containsEntry("jpeg", "yes");
        }
    }

    @Test
    void reolinkPleaseLoginFirstIsARefusal() throws Exception {
        // body: /work/shared/samples/reolink/api_Logout_error_please_login_first.json with cmd Snap
        byte[] body = "[\n{\n\"cmd\" : \"Snap\",\n\"code\" : 1,\n\"error\" : {\n\"detail\" : \"please login first\",\n\"rspCode\" : -6\n}\n}\n]\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                http("200 OK", "text/html", body)))) {
            List<VendorApiObservation> out = probe.probe("127.0.0.1", web(device.port()), camera("Reolink", "Reolink"));
            assertThat(out).hasSize(1);
            assertThat(SnapshotProbe.refused(out.get(0))).isTrue();
            assertThat(device.requests().getFirst().requestLine())
                    .isEqualTo("GET /cgi-bin/api.cgi?cmd=Snap&channel=0&rs=blindspot HTTP/1.1");
        }
    }

    @Test
    void htmlAnswerIsNoImage() throws Exception {
        try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                http("200 OK", "text/html", "<html>login</html>".getBytes(StandardCharsets.US_ASCII))))) {
            List<VendorApiObservation> out = probe.probe("127.0.0.1", web(device.port()), camera("Axis", "Axis"));
            assertThat(out).hasSize(1).noneMatch(SnapshotProbe::jpeg).noneMatch(SnapshotProbe::refused);
            assertThat(reply(out.get(0)).fields()).containsEntry("jpeg", "no");
        }
    }
}
