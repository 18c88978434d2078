package dev.blindspot.protocol.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.RtspReply;
import dev.blindspot.scan.ProbeOutcome;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RtspClientTest {

    private static final Duration DEADLINE = Duration.ofSeconds(1);

    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private final RtspClient client = new RtspClient(watchdog, Duration.ofSeconds(2), DEADLINE);

    @AfterEach
    void stopWatchdog() {
        watchdog.shutdownNow();
    }

    private static String uri(FakeRtspServer server, String path) {
        return RtspUri.of(server.address(), server.port(), path);
    }

    private ProbeOutcome<RtspReply> describe(FakeRtspServer server, String path) {
        return client.exchange(server.address(), server.port(), RtspRequest.describe(uri(server, path)));
    }

    private static RtspReply answered(ProbeOutcome<RtspReply> outcome) {
        assertThat(outcome).isInstanceOf(ProbeOutcome.Answered.class);
        return outcome.answer().orElseThrow();
    }

    @Test
    void hikvisionOptionsAndTheRequestWeSend() throws Exception {
        try (FakeRtspServer server = FakeRtspServer.answering(r -> Samples.reply("hikvision_options_200.txt"))) {
            RtspReply reply = answered(client.exchange(server.address(), server.port(),
                    RtspRequest.options(uri(server, "/"))));
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.reason()).isEqualTo("OK");
            assertThat(reply.headers().first("public")).contains("OPTIONS, DESCRIBE, PLAY, PAUSE, SETUP, TEARDOWN, SET_PARAMETER");
            assertThat(reply.headers().first("Date")).contains("Mon, Sep 21 2020 20:08:41 GMT");
            assertThat(reply.body()).isEmpty();

            ReceivedRequest sent = server.requests().getFirst();
            assertThat(sent.method()).isEqualTo("OPTIONS");
            assertThat(sent.uri()).isEqualTo("rtsp://127.0.0.1:" + server.port() + "/");
            assertThat(sent.version()).isEqualTo("RTSP/1.0");
            assertThat(sent.cseq()).isEqualTo(1);
            assertThat(sent.header("User-Agent")).isEqualTo("Blindspot");
        }
    }

    @Test
    void describeReadsSdpBodiesByContentLength() throws Exception {
        String[][] cases = {
                {"hikvision_describe_200_sdp.txt", "633", "a=appversion:1.0"},
                {"dahua_describe_200_sdp.txt", "401", "a=recvonly"},
                {"foscam_hiipcam_describe_200_sdp.txt", "346", "a=framesize:96 704-576"}, // "Content-length"
        };
        for (String[] c : cases) {
            try (FakeRtspServer server = FakeRtspServer.answering(r -> Samples.reply(c[0]))) {
                RtspReply reply = answered(describe(server, "/x"));
                assertThat(reply.status()).as(c[0]).isEqualTo(200);
                assertThat(reply.body()).as(c[0]).startsWith("v=0\r\n").endsWith(c[2] + "\r\n");
                assertThat(reply.body().getBytes(StandardCharsets.UTF_8)).hasSize(Integer.parseInt(c[1]));
                assertThat(server.requests().getFirst().header("Accept")).isEqualTo("application/sdp");
            }
        }
    }

    @Test
    void axisSdpWithCorrectedLength() throws Exception {
        byte[] sample = Samples.replyWithTrueLength("axis_rtsp_describe_200_sdp_metadata.txt");
        try (FakeRtspServer server = FakeRtspServer.answering(r -> sample)) {
            RtspReply reply = answered(describe(server, "/axis-media/media.amp"));
            assertThat(reply.headers().first("Server")).contains("GStreamer RTSP server");
            assertThat(reply.body()).contains("vnd.onvif.metadata/90000").hasSize(435);
        }
    }

    @Test
    void truncatedBodyIsAProtocolError() throws Exception {
        // Reolink sample: Content-Length 717, 568 bytes present; the server then closes, as the test server does.
        try (FakeRtspServer server = FakeRtspServer.raw((s, srv, n) -> {
            srv.readRequest(new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream())), n);
            s.getOutputStream().write(Samples.reply("reolink_live555_describe_200_sdp_partial.txt"));
        })) {
            ProbeOutcome<RtspReply> outcome = describe(server, "/h264Preview_01_main");
            assertThat(outcome).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(outcome.describe()).contains("body truncated: got 568 of 717 bytes");
        }
    }

    @Test
    void cseqCountsUpOnOneKeptConnection() throws Exception {
        try (FakeRtspServer server = FakeRtspServer.answering(r -> Samples.reply("reolink_live555_options_200.txt"));
             RtspSession session = client.open(server.address(), server.port())) {
            for (int i = 0; i < 3; i++) {
                assertThat(answered(session.send(RtspRequest.options(uri(server, "/")))).status()).isEqualTo(200);
            }
            assertThat(server.requests()).extracting(ReceivedRequest::cseq).containsExactly(1, 2, 3);
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void connectionCloseMakesTheNextRequestReconnect() throws Exception {
        try (FakeRtspServer server = FakeRtspServer.answering(r -> Samples.status(404, "Not Found",
                "CSeq: " + r.cseq(), "Connection: close"));
             RtspSession session = client.open(server.address(), server.port())) {
            assertThat(answered(session.send(RtspRequest.describe(uri(server, "/a")))).status()).isEqualTo(404);
            assertThat(answered(session.send(RtspRequest.describe(uri(server, "/b")))).status()).isEqualTo(404);
            assertThat(server.connections()).isEqualTo(2);
            assertThat(server.requests()).extracting(ReceivedRequest::cseq).containsExactly(1, 2);
        }
    }

    @Test
    void silentlyClosedKeptConnectionIsRetriedOnlyWithoutCredentials() throws Exception {
        // Answers one request per connection, then closes without saying so.
        try (FakeRtspServer server = FakeRtspServer.raw((s, srv, n) -> {
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream()));
            var request = srv.readRequest(in, n);
            if (request.isPresent()) {
                s.getOutputStream().write(Samples.status(401, "Unauthorized", "CSeq: " + request.get().cseq()));
                s.getOutputStream().flush();
            }
            Thread.sleep(100); // let the client read the answer, then close the connection under it
        })) {
            try (RtspSession session = client.open(server.address(), server.port())) {
                assertThat(answered(session.send(RtspRequest.describe(uri(server, "/a")))).status()).isEqualTo(401);
                Thread.sleep(300);
                assertThat(answered(session.send(RtspRequest.describe(uri(server, "/b")))).status()).isEqualTo(401);
                assertThat(server.connections()).isEqualTo(2);
            }
            try (RtspSession session = client.open(server.address(), server.port())) {
                assertThat(answered(session.send(RtspRequest.describe(uri(server, "/c")))).status()).isEqualTo(401);
                Thread.sleep(300);
                ProbeOutcome<RtspReply> withCredentials =
                        session.send(RtspRequest.describe(uri(server, "/c")).withHeader("Authorization", "Basic eDp5"));
                assertThat(withCredentials).isInstanceOf(ProbeOutcome.Refused.class);
                assertThat(server.connections()).isEqualTo(3);
                assertThat(server.requests()).noneMatch(ReceivedRequest::authenticated);
            }
        }
    }

    @Test
    void garbageIsAProtocolError() throws Exception {
        byte[] noise = new byte[512];
        new Random(42).nextBytes(noise);
        noise[0] = 0x16; // not 'R'
        try (FakeRtspServer server = FakeRtspServer.answering(r -> noise)) {
            ProbeOutcome<RtspReply> outcome = describe(server, "/");
            assertThat(outcome).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(outcome.describe()).contains("not RTSP");
        }
    }

    @Test
    void httpAnswerIsAProtocolErrorThatNamesWhatCame() throws Exception {
        byte[] http = "HTTP/1.1 400 Bad Request\r\nServer: lighttpd\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (FakeRtspServer server = FakeRtspServer.answering(r -> http)) {
            ProbeOutcome<RtspReply> outcome = describe(server, "/");
            assertThat(outcome).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(outcome.describe()).contains("not RTSP: starts with HTTP/1.1 400");
        }
    }

    @Test
    void slowlorisEndsTimedOutWithinTheDeadline() throws Exception {
        byte[] trickle = "RTSP/1.0 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);
        try (FakeRtspServer server = FakeRtspServer.raw((s, srv, n) -> {
            OutputStream out = s.getOutputStream();
            for (int i = 0; i < 300; i++) { // at most 60 s, ended much earlier by the client closing
                out.write(trickle[Math.min(i, trickle.length - 1)]);
                out.flush();
                Thread.sleep(200);
            }
        })) {
            long start = System.nanoTime();
            ProbeOutcome<RtspReply> outcome = describe(server, "/");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(outcome).isEqualTo(new ProbeOutcome.TimedOut<RtspReply>(DEADLINE));
            assertThat(took).isLessThan(DEADLINE.plusSeconds(4));
        }
    }

    @Test
    void silentPeerTimesOut() throws Exception {
        try (FakeRtspServer server = FakeRtspServer.raw((s, srv, n) -> Thread.sleep(10_000))) {
            assertThat(describe(server, "/")).isInstanceOf(ProbeOutcome.TimedOut.class);
        }
    }

    @Test
    void endlessHeadersAreAProtocolError() throws Exception {
        try (FakeRtspServer server = FakeRtspServer.raw((s, srv, n) -> {
            OutputStream out = s.getOutputStream();
            out.write("RTSP/1.0 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100_000; i++) {
                out.write(("X-Header-" + i + ": v\r\n").getBytes(StandardCharsets.US_ASCII));
            }
        })) {
            ProbeOutcome<RtspReply> outcome = describe(server, "/");
            assertThat(outcome).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(outcome.describe()).contains("more than 64 headers");
        }
    }

    @Test
    void endlessHeaderLineIsAProtocolError() throws Exception {
        try (FakeRtspServer server = FakeRtspServer.raw((s, srv, n) -> {
            OutputStream out = s.getOutputStream();
            out.write("RTSP/1.0 200 OK\r\nX-Long: ".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "a".repeat(1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 10_000; i++) {
                out.write(chunk);
            }
        })) {
            ProbeOutcome<RtspReply> outcome = describe(server, "/");
            assertThat(outcome).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(outcome.describe()).contains("exceed 16384 bytes");
        }
    }

    @Test
    void hugeContentLengthIsAProtocolErrorBeforeAnyBodyIsRead() throws Exception {
        for (String length : new String[] {"65537", "2147483648", "99999999999999999999"}) {
            try (FakeRtspServer server = FakeRtspServer.answering(r -> Samples.status(200, "OK",
                    "CSeq: " + r.cseq(), "Content-Length: " + length))) {
                ProbeOutcome<RtspReply> outcome = describe(server, "/");
                assertThat(outcome).as(length).isInstanceOf(ProbeOutcome.ProtocolError.class);
                assertThat(outcome.describe()).as(length).containsAnyOf("exceeds 65536", "bad Content-Length");
            }
        }
    }

    @Test
    void bodyOfExactlyTheLimitIsRead() throws Exception {
        byte[] head = Samples.status(200, "OK", "Content-Length: 65536");
        byte[] reply = new byte[head.length + 65536];
        System.arraycopy(head, 0, reply, 0, head.length);
        java.util.Arrays.fill(reply, head.length, reply.length, (byte) 'x');
        try (FakeRtspServer server = FakeRtspServer.answering(r -> reply)) {
            assertThat(answered(describe(server, "/")).body()).hasSize(65536);
        }
    }

    /**
     * A peer that accepts and closes without a byte is Refused, not ProtocolError: it said nothing in any
     * protocol, so there is nothing to call malformed; as with a RST, the service refused us (typical of an
     * allow-list or a full connection table).
     */
    @Test
    void closedImmediatelyIsRefused() throws Exception {
        try (FakeRtspServer server = FakeRtspServer.raw((s, srv, n) -> s.close())) {
            ProbeOutcome<RtspReply> outcome = describe(server, "/");
            assertThat(outcome).isInstanceOf(ProbeOutcome.Refused.class);
        }
    }

    @Test
    void closedMidHeadersIsAProtocolError() throws Exception {
        try (FakeRtspServer server = FakeRtspServer.raw((s, srv, n) ->
                s.getOutputStream().write("RTSP/1.0 200 OK\r\nCSeq: 1\r\n".getBytes(StandardCharsets.US_ASCII)))) {
            ProbeOutcome<RtspReply> outcome = describe(server, "/");
            assertThat(outcome).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(outcome.describe()).contains("closed mid-headers");
        }
    }

    @Test
    void closedPortIsRefused() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, loopback)) {
            port = s.getLocalPort();
        }
        ProbeOutcome<RtspReply> outcome = client.exchange(loopback, port,
                RtspRequest.options(RtspUri.of(loopback, port, "/")));
        assertThat(outcome).isInstanceOf(ProbeOutcome.Refused.class);
    }
}
