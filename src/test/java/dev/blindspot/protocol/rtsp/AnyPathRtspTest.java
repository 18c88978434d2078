package dev.blindspot.protocol.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Verdict;
import dev.blindspot.check.rules.RtspUnauthenticatedStream;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.RtspObservation;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Devices that answer DESCRIBE 200 to every path (no 404 for a wrong route), probed and judged end to end: reported
 * only when a stream description with media lines came back, and then with confidence LIKELY, not CONFIRMED.
 */
class AnyPathRtspTest {

    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private final RtspClient client = new RtspClient(watchdog, Duration.ofSeconds(2), Duration.ofSeconds(1));

    @AfterEach
    void stopWatchdog() {
        watchdog.shutdownNow();
    }

    /** The SDP of sample rtsp/dahua_describe_200_sdp.txt (a real Dahua stream description). */
    private static String dahuaSdp() {
        String text = new String(Samples.reply("dahua_describe_200_sdp.txt"), StandardCharsets.ISO_8859_1);
        return text.substring(text.indexOf("\r\n\r\n") + 4);
    }

    private static byte[] answer(int cseq, String body) {
        String head = "RTSP/1.0 200 OK\r\nCSeq: " + cseq + "\r\n"
                + (body.isEmpty() ? "" : "Content-Type: application/sdp\r\n") + "Content-Length: " + body.length() + "\r\n\r\n";
        return (head + body).getBytes(StandardCharsets.ISO_8859_1);
    }

    private CheckResult scan(String bind, Function<ReceivedRequest, String> describeBody) throws Exception {
        try (FakeRtspServer server = FakeRtspServer.answering(InetAddress.getByName(bind), r -> r.method().equals("OPTIONS")
                ? Samples.status(200, "OK", "CSeq: " + r.cseq(), "Public: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN")
                : answer(r.cseq(), describeBody.apply(r)))) {
            List<RtspObservation> seen = new RtspProbe(client, new SplittableRandom(7), RtspProbe.DEFAULT_ROUTES)
                    .probe(server.address(), server.port());
            assertThat(seen.get(1).path()).startsWith(RtspProbe.RANDOM_PATH_PREFIX);
            List<CheckResult> results = new RtspUnauthenticatedStream().evaluate(Inventory.of(seen));
            assertThat(results).hasSize(1);
            return results.getFirst();
        }
    }

    @Test
    void anyPathWithARealStreamDescriptionIsReportedAsLikely() throws Exception {
        CheckResult r = scan("127.64.2.1", req -> dahuaSdp());
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.confidence()).isEqualTo(Confidence.LIKELY);
        assertThat(r.evidence()).contains("invented paths too", "confidence likely");
    }

    @Test
    void anyPathWithoutMediaLinesIsNotReported() throws Exception {
        CheckResult r = scan("127.64.2.2", req -> "");
        assertThat(r.verdict()).isInstanceOf(Verdict.Unknown.class);
        assertThat(((Verdict.Unknown) r.verdict()).reason()).contains("any path");
    }

    @Test
    void anyPathWithoutMediaButARealRouteWithMediaIsConfirmed() throws Exception {
        CheckResult r = scan("127.64.2.3", req -> req.uri().endsWith("/Streaming/Channels/101") ? dahuaSdp()
                : "v=0\r\ns=No stream\r\nt=0 0\r\n");
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(r.detail()).isEqualTo("/Streaming/Channels/101");
    }
}
