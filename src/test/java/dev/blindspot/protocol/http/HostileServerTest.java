package dev.blindspot.protocol.http;

import dev.blindspot.inventory.HttpReply;
import dev.blindspot.scan.ProbeOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Peers that misbehave on purpose: every exchange must end within its limits with a named outcome. */
class HostileServerTest {

    private static final Duration DEADLINE = Duration.ofMillis(1500);
    private static final Duration MARGIN = Duration.ofMillis(1000);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final BoundedHttpClient client =
            new BoundedHttpClient(scheduler, HttpLimits.defaults().withTotalDeadline(DEADLINE));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private record Timed(ProbeOutcome<RawHttpResponse> outcome, Duration took) {}

    private Timed get(LoopbackServer server) {
        long start = System.nanoTime();
        ProbeOutcome<RawHttpResponse> outcome =
                client.exchangeRaw(HttpRequestSpec.get("127.0.0.1", server.port(), false, "/"));
        return new Timed(outcome, Duration.ofNanos(System.nanoTime() - start));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static RawHttpResponse answered(Timed t) {
        assertThat(t.outcome()).isInstanceOf(ProbeOutcome.Answered.class);
        return t.outcome().answer().orElseThrow();
    }

    @Test
    void slowlorisHeadTimesOutAtTheTotalDeadline() throws Exception {
        byte[] head = ascii("HTTP/1.1 200 OK\r\nServer: drip\r\nX-Pad: " + "a".repeat(200) + "\r\n\r\n");
        try (LoopbackServer server = LoopbackServer.start((socket, request) -> {
            OutputStream out = socket.getOutputStream();
            for (byte b : head) {
                out.write(b);
                out.flush();
                Thread.sleep(200);
            }
        })) {
            Timed t = get(server);
            assertThat(t.outcome()).isInstanceOf(ProbeOutcome.TimedOut.class);
            assertThat(t.took()).isGreaterThanOrEqualTo(DEADLINE.minusMillis(50)).isLessThan(DEADLINE.plus(MARGIN));
            assertThat(t.outcome().describe()).startsWith("timed out after ");
        }
    }

    @Test
    void silentServerTimesOut() throws Exception {
        try (LoopbackServer server = LoopbackServer.start((socket, request) -> Thread.sleep(10_000))) {
            Timed t = get(server);
            assertThat(t.outcome()).isInstanceOf(ProbeOutcome.TimedOut.class);
            assertThat(t.took()).isLessThan(DEADLINE.plus(MARGIN));
        }
    }

    @Test
    void megabyteHeaderIsAProtocolErrorLongBeforeTheDeadline() throws Exception {
        byte[] big = new byte[1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        try (LoopbackServer server = LoopbackServer.start((socket, request) -> {
            OutputStream out = socket.getOutputStream();
            out.write(ascii("HTTP/1.1 200 OK\r\nX-Big: "));
            out.write(big);
            out.write(ascii("\r\n\r\n"));
        })) {
            Timed t = get(server);
            assertThat(t.outcome()).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(t.outcome().describe()).contains("exceeds 32768 bytes");
            assertThat(t.took()).isLessThan(DEADLINE.dividedBy(2));
        }
    }

    @Test
    void tooManyHeaderLinesIsAProtocolError() throws Exception {
        String many = "X-H: 1\r\n".repeat(101);
        try (LoopbackServer server = LoopbackServer.start(
                LoopbackServer.replying(ascii("HTTP/1.1 200 OK\r\n" + many + "\r\n")))) {
            Timed t = get(server);
            assertThat(t.outcome()).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(t.outcome().describe()).contains("more than 100 header lines");
        }
    }

    @Test
    void endlessBodyIsCutAtTheCapAndAnswered() throws Exception {
        try (LoopbackServer server = LoopbackServer.start((socket, request) -> {
            OutputStream out = socket.getOutputStream();
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n"));
            byte[] block = new byte[8192];
            Arrays.fill(block, (byte) 'x');
            while (true) {
                out.write(block);
            }
        })) {
            Timed t = get(server);
            RawHttpResponse r = answered(t);
            assertThat(r.body()).hasSize(64 * 1024);
            assertThat(r.reply().body()).hasSize(64 * 1024);
            assertThat(r.truncated()).isTrue();
            assertThat(t.took()).isLessThan(DEADLINE);
        }
    }

    @Test
    void contentLengthBeyondTheCapIsNotWaitedFor() throws Exception {
        try (LoopbackServer server = LoopbackServer.start((socket, request) -> {
            OutputStream out = socket.getOutputStream();
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Length: 10000000\r\n\r\n"));
            out.write(new byte[70_000]);
            out.flush();
            Thread.sleep(10_000);
        })) {
            Timed t = get(server);
            RawHttpResponse r = answered(t);
            assertThat(r.body()).hasSize(64 * 1024);
            assertThat(r.truncated()).isTrue();
            assertThat(t.took()).isLessThan(DEADLINE);
        }
    }

    @Test
    void bodyStillDrippingAtTheDeadlineKeepsTheHeadAndWhatArrived() throws Exception {
        try (LoopbackServer server = LoopbackServer.start((socket, request) -> {
            OutputStream out = socket.getOutputStream();
            out.write(ascii("HTTP/1.1 200 OK\r\nServer: slow-stream\r\n\r\n"));
            for (int i = 0; i < 100; i++) {
                out.write('z');
                out.flush();
                Thread.sleep(100);
            }
        })) {
            Timed t = get(server);
            RawHttpResponse r = answered(t);
            assertThat(r.reply().server()).contains("slow-stream");
            assertThat(r.reply().body()).matches("z{3,20}");
            assertThat(r.truncated()).isTrue();
            assertThat(t.took()).isLessThan(DEADLINE.plus(MARGIN));
        }
    }

    @Test
    void badChunkSizeIsAProtocolError() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.replying(ascii(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nzz\r\nmore\r\n0\r\n\r\n")))) {
            Timed t = get(server);
            assertThat(t.outcome()).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(t.outcome().describe()).contains("bad chunk size");
        }
    }

    @Test
    void chunkLongerThanDeclaredIsAProtocolError() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.replying(ascii(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n")))) {
            assertThat(get(server).outcome()).isInstanceOf(ProbeOutcome.ProtocolError.class);
        }
    }

    @Test
    void hugeChunkSizeIsReadOnlyUpToTheCap() throws Exception {
        try (LoopbackServer server = LoopbackServer.start((socket, request) -> {
            OutputStream out = socket.getOutputStream();
            out.write(ascii("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFF\r\n"));
            byte[] block = new byte[8192];
            while (true) {
                out.write(block);
            }
        })) {
            Timed t = get(server);
            assertThat(answered(t).body()).hasSize(64 * 1024);
            assertThat(t.took()).isLessThan(DEADLINE);
        }
    }

    @Test
    void overlongChunkSizeIsAProtocolError() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.replying(ascii(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n")))) {
            assertThat(get(server).outcome()).isInstanceOf(ProbeOutcome.ProtocolError.class);
        }
    }

    @Test
    void gzipBodyIsKeptRawAndNeverInflated() throws Exception {
        String secretText = "<html><title>Inflated</title>" + "plain text ".repeat(500) + "</html>";
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(ascii(secretText));
        }
        byte[] gzip = zipped.toByteArray();
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        response.writeBytes(ascii("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + gzip.length
                + "\r\n\r\n"));
        response.writeBytes(gzip);
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.replying(response.toByteArray()))) {
            RawHttpResponse r = answered(get(server));
            assertThat(server.requests().getFirst().header("Accept-Encoding")).isEqualTo("identity");
            assertThat(r.body()).isEqualTo(gzip);
            assertThat(r.truncated()).isFalse();
            assertThat(r.reply().headers().first("Content-Encoding")).contains("gzip");
            assertThat(r.reply().body()).doesNotContain("plain text");
            assertThat(r.reply().title()).isEmpty();
        }
    }

    @Test
    void textGarbageIsAProtocolError() throws Exception {
        try (LoopbackServer server = LoopbackServer.startRaw(
                LoopbackServer.replying(ascii("SSH-2.0-OpenSSH_8.9p1 Ubuntu-3\r\n")))) {
            Timed t = get(server);
            assertThat(t.outcome()).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(t.outcome().describe()).contains("not an HTTP response");
        }
    }

    @Test
    void binaryGarbageWithoutNewlineFailsAtOnceInsteadOfWaiting() throws Exception {
        try (LoopbackServer server = LoopbackServer.startRaw((socket, request) -> {
            socket.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x00, 0x05});
            socket.getOutputStream().flush();
            Thread.sleep(10_000);
        })) {
            Timed t = get(server);
            assertThat(t.outcome()).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(t.took()).isLessThan(DEADLINE.dividedBy(2));
        }
    }

    @Test
    void malformedStatusLineIsAProtocolError() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.replying(ascii("HTTP/1.1 OK\r\n\r\n")))) {
            assertThat(get(server).outcome()).isInstanceOf(ProbeOutcome.ProtocolError.class);
        }
    }

    @Test
    void conflictingContentLengthsAreAProtocolError() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.replying(ascii(
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!")))) {
            assertThat(get(server).outcome().describe()).isEqualTo("protocol error: invalid Content-Length");
        }
    }

    /**
     * A peer that accepts and closes without sending a byte is Refused: the ProbeOutcome contract counts
     * "connection closed before any byte" as refusal (a service that will not talk to us), not as a protocol error.
     */
    @Test
    void immediateCloseIsRefused() throws Exception {
        try (LoopbackServer server = LoopbackServer.startRaw((socket, request) -> socket.close())) {
            Timed t = get(server);
            assertThat(t.outcome()).isInstanceOf(ProbeOutcome.Refused.class);
            assertThat(t.outcome().describe()).contains("closed without answering");
        }
    }

    @Test
    void closeInsideTheHeadIsAProtocolError() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(
                LoopbackServer.replying(ascii("HTTP/1.1 200 OK\r\nServer: half")))) {
            Timed t = get(server);
            assertThat(t.outcome()).isInstanceOf(ProbeOutcome.ProtocolError.class);
            assertThat(t.outcome().describe()).contains("response head");
        }
    }

    @Test
    void closedPortIsRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        ProbeOutcome<HttpReply> outcome = client.exchange(HttpRequestSpec.get("127.0.0.1", port, false, "/"));
        assertThat(outcome).isInstanceOf(ProbeOutcome.Refused.class);
    }
}
