package dev.blindspot.protocol.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.RtspObservation;
import dev.blindspot.inventory.RtspReply;
import dev.blindspot.scan.ProbeOutcome;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RtspProbeTest {

    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private final RtspClient client = new RtspClient(watchdog, Duration.ofSeconds(2), Duration.ofSeconds(1));

    @AfterEach
    void stopWatchdog() {
        watchdog.shutdownNow();
    }

    private RtspProbe probe(List<String> routes) {
        return new RtspProbe(client, new SplittableRandom(1), routes);
    }

    /** A device: OPTIONS gets {@code options}; DESCRIBE of {@code path} gets {@code describe}; others 404. */
    private static FakeRtspServer device(String options, String path, String describe) throws IOException {
        return FakeRtspServer.answering(r -> {
            if (r.method().equals("OPTIONS")) {
                return Samples.reply(options);
            }
            return r.uri().endsWith(":" + portOf(r.uri()) + path) ? Samples.reply(describe)
                    : Samples.status(404, "Not Found", "CSeq: " + r.cseq()); // written here: no 404 sample exists
        });
    }

    private static String portOf(String uri) {
        return uri.replaceFirst("^rtsp://[^/]*:(\\d+)/.*$", "$1");
    }

    private static int status(RtspObservation o) {
        return o.outcome().answer().map(RtspReply::status).orElse(-1);
    }

    private static Map.Entry<String, String> call(RtspObservation o) {
        return Map.entry(o.method(), o.path());
    }

    @Test
    void hikvisionRouteFoundAfterRandomAndRootAre404() throws Exception {
        try (FakeRtspServer server = device("hikvision_options_200.txt", "/Streaming/Channels/101",
                "hikvision_describe_401_digest_basic.txt")) {
            List<RtspObservation> seen = probe(RtspProbe.DEFAULT_ROUTES).probe(server.address(), server.port());
            assertThat(seen).extracting(RtspProbeTest::status).containsExactly(200, 404, 404, 401);
            assertThat(seen.get(1).path()).matches("/blindspot-[0-9a-f]{8}")
                    .startsWith(RtspProbe.RANDOM_PATH_PREFIX);
            assertThat(seen).extracting(RtspProbeTest::call).containsExactly(Map.entry("OPTIONS", "/"),
                    Map.entry("DESCRIBE", seen.get(1).path()), Map.entry("DESCRIBE", "/"),
                    Map.entry("DESCRIBE", "/Streaming/Channels/101"));
            assertThat(seen).allSatisfy(o -> {
                assertThat(o.address()).isEqualTo("127.0.0.1");
                assertThat(o.port()).isEqualTo(server.port());
            });
            assertThat(seen.get(3).outcome().answer().orElseThrow().headers().all("WWW-Authenticate")).hasSize(2);
            assertThat(server.requests()).extracting(ReceivedRequest::uri).last()
                    .isEqualTo("rtsp://127.0.0.1:" + server.port() + "/Streaming/Channels/101");
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void randomPathIsDeterministicForASeed() throws Exception {
        try (FakeRtspServer server = device("hikvision_options_200.txt", "/", "hikvision_describe_200_sdp.txt")) {
            String first = probe(List.of()).probe(server.address(), server.port()).get(1).path();
            String second = probe(List.of()).probe(server.address(), server.port()).get(1).path();
            assertThat(first).isEqualTo(second);
        }
    }

    @Test
    void dahuaAsksForAuthOnOptionsAndTheQueryRouteIsKept() throws Exception {
        try (FakeRtspServer server = device("dahua_options_401_digest.txt", "/cam/realmonitor?channel=1&subtype=0",
                "dahua_playback_describe_401_digest.txt")) {
            List<RtspObservation> seen = probe(RtspProbe.DEFAULT_ROUTES).probe(server.address(), server.port());
            assertThat(seen).extracting(RtspProbeTest::status).containsExactly(401, 404, 404, 404, 401);
            assertThat(seen.getLast().path()).isEqualTo("/cam/realmonitor?channel=1&subtype=0");
        }
    }

    @Test
    void reolinkLive555AndHanwhaRoutes() throws Exception {
        try (FakeRtspServer server = device("reolink_live555_options_200.txt", "/h264Preview_01_main",
                "reolink_live555_describe_401_digest.txt")) {
            List<RtspObservation> seen = probe(RtspProbe.DEFAULT_ROUTES).probe(server.address(), server.port());
            assertThat(seen.getLast().path()).isEqualTo("/h264Preview_01_main");
            assertThat(status(seen.getLast())).isEqualTo(401);
            assertThat(seen).hasSize(6);
        }
        try (FakeRtspServer server = device("reolink_live555_options_200.txt", "/profile2/media.smp",
                "hanwha_ipolis_describe_401_digest.txt")) {
            List<RtspObservation> seen = probe(List.of("/profile2/media.smp")).probe(server.address(), server.port());
            assertThat(seen.getLast().outcome().answer().orElseThrow().headers().first("WWW-Authenticate"))
                    .contains("Digest realm=\"iPOLiS\", nonce=\"2CB39FCBBE5843DA3430129B4EA1414C\"");
        }
    }

    @Test
    void routesHaveTheirOwnCap() throws Exception {
        // Axis answers /axis-media/media.amp, the 7th default route: OPTIONS and the random path do not eat into the
        // route cap, so it is reached
        try (FakeRtspServer server = device("axis_rtsp_options_200.txt", "/axis-media/media.amp",
                "axis_rtsp_describe_401_digest.txt")) {
            List<RtspObservation> seen = probe(RtspProbe.DEFAULT_ROUTES).probe(server.address(), server.port());
            assertThat(seen).hasSize(9);
            assertThat(seen.getLast().path()).isEqualTo("/axis-media/media.amp");
            assertThat(seen).extracting(RtspProbeTest::status).containsExactly(200, 404, 404, 404, 404, 404, 404, 404, 401);

            List<String> many = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "/nothing" + i).toList();
            int before = server.requests().size();
            List<RtspObservation> capped = probe(many).probe(server.address(), server.port());
            assertThat(capped).hasSize(RtspProbe.MAX_REQUESTS);
            assertThat(server.requests().size() - before).isEqualTo(2 + RtspProbe.MAX_ROUTE_REQUESTS);

            List<RtspObservation> axisFirst =
                    probe(List.of("/axis-media/media.amp", "/")).probe(server.address(), server.port());
            assertThat(axisFirst).extracting(RtspProbeTest::status).containsExactly(200, 404, 401);
            assertThat(axisFirst.getLast().outcome().answer().orElseThrow().headers().first("Server"))
                    .contains("GStreamer RTSP server");
        }
    }

    @Test
    void serverAnswering200ToAnyPathShowsOnTheRandomPath() throws Exception {
        try (FakeRtspServer server = FakeRtspServer.answering(r -> r.method().equals("OPTIONS")
                ? Samples.reply("hikvision_options_200.txt") : Samples.reply("foscam_hiipcam_describe_200_sdp.txt"))) {
            List<RtspObservation> seen = probe(RtspProbe.DEFAULT_ROUTES).probe(server.address(), server.port());
            assertThat(seen).hasSize(3);
            RtspObservation random = seen.get(1);
            assertThat(random.path()).startsWith(RtspProbe.RANDOM_PATH_PREFIX);
            assertThat(status(random)).isEqualTo(200);
            assertThat(random.outcome().answer().orElseThrow().body()).startsWith("v=0");
            assertThat(seen.get(2).path()).isEqualTo("/");
        }
    }

    @Test
    void stopsAfterOptionsWhenThePortDoesNotSpeakRtsp() throws Exception {
        byte[] ssh = "SSH-2.0-dropbear_2019.78\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (FakeRtspServer server = FakeRtspServer.answering(r -> ssh)) {
            List<RtspObservation> seen = probe(RtspProbe.DEFAULT_ROUTES).probe(server.address(), server.port());
            assertThat(seen).hasSize(1);
            assertThat(seen.getFirst().outcome()).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(seen.getFirst().outcome().describe()).contains("SSH-2.0-dropbear");
        }
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, loopback)) {
            closed = s.getLocalPort();
        }
        List<RtspObservation> refused = probe(RtspProbe.DEFAULT_ROUTES).probe(loopback, closed);
        assertThat(refused).singleElement().extracting(RtspObservation::outcome)
                .isInstanceOf(ProbeOutcome.Refused.class);
    }

    @Test
    void stopsWhenTheRandomPathGetsNoAnswer() throws Exception {
        try (FakeRtspServer server = FakeRtspServer.answering(r -> r.method().equals("OPTIONS")
                ? Samples.reply("reolink_live555_options_200.txt") : null)) {
            List<RtspObservation> seen = probe(RtspProbe.DEFAULT_ROUTES).probe(server.address(), server.port());
            assertThat(seen).hasSize(2);
            assertThat(seen.get(1).outcome()).isInstanceOf(ProbeOutcome.Refused.class);
        }
    }

    @Test
    void ipv6LoopbackUrlsAreBracketed() throws Exception {
        InetAddress v6 = InetAddress.getByName("::1");
        try (ServerSocket check = new ServerSocket(0, 1, v6)) {
            check.getLocalPort();
        } catch (IOException e) {
            Assumptions.abort("no IPv6 loopback here: " + e.getMessage());
        }
        try (FakeRtspServer server = FakeRtspServer.answering(v6, r -> Samples.reply("hikvision_options_200.txt"))) {
            List<RtspObservation> seen = probe(List.of("/")).probe(v6, server.port());
            assertThat(seen).hasSize(3);
            assertThat(seen.getFirst().address()).isEqualTo("0:0:0:0:0:0:0:1");
            assertThat(server.requests().getFirst().uri()).isEqualTo("rtsp://[0:0:0:0:0:0:0:1]:" + server.port() + "/");
        }
    }
}
