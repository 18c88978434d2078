package dev.blindspot.protocol.http;

import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.scan.ProbeOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Framing, header parsing and request serialisation against well-behaved (if quirky) peers. */
class BoundedHttpClientTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final BoundedHttpClient client = new BoundedHttpClient(scheduler, HttpLimits.defaults());

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private RawHttpResponse fetch(String response) throws Exception {
        return fetch(response.getBytes(StandardCharsets.ISO_8859_1));
    }

    private RawHttpResponse fetch(byte[] response) throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.replying(response))) {
            ProbeOutcome<RawHttpResponse> outcome =
                    client.exchangeRaw(HttpRequestSpec.get("127.0.0.1", server.port(), false, "/"));
            assertThat(outcome).isInstanceOf(ProbeOutcome.Answered.class);
            return outcome.answer().orElseThrow();
        }
    }

    @Test
    void chunkedBodyWithExtensionsAndTrailersIsReassembled() throws Exception {
        RawHttpResponse r = fetch("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;name=value\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nX-Trailer: t\r\n\r\n");
        assertThat(r.reply().body()).isEqualTo("Wikipedia in\r\n\r\nchunks.");
        assertThat(r.truncated()).isFalse();
    }

    @Test
    void obsFoldedHeaderIsJoinedAndColonlessLinesSkipped() throws Exception {
        HttpReply reply = fetch("HTTP/1.0 200 Fine\r\nX-Folded: first\r\n   second\r\n\tthird\r\nnonsense line\r\n"
                + "Server:  Boa/0.94.14rc21 \r\nContent-Length: 0\r\n\r\n").reply();
        assertThat(reply.reason()).isEqualTo("Fine");
        assertThat(reply.headers().first("x-folded")).contains("first second third");
        assertThat(reply.server()).contains("Boa/0.94.14rc21");
        assertThat(reply.headers().lines()).hasSize(3);
    }

    @Test
    void bareLfLineEndingsAndMissingReasonAreTolerated() throws Exception {
        HttpReply reply = fetch("\r\nHTTP/1.1 302\nLocation: /doc/page/login.asp\n\n").reply();
        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.reason()).isEmpty();
        assertThat(reply.headers().first("Location")).contains("/doc/page/login.asp");
    }

    @Test
    void titleIsExtractedCaseInsensitivelyWithEntitiesAndCollapsedWhitespace() throws Exception {
        String html = "<html><head><TITLE lang=en>\n  Web&nbsp;Client &amp; NVR &lt;v2&gt; &quot;Pro&quot;"
                + " &#233;&#x41;\n</Title></head></html>";
        RawHttpResponse r = fetch("HTTP/1.1 200 OK\r\nContent-Length: " + html.getBytes(StandardCharsets.UTF_8).length
                + "\r\n\r\n" + html);
        assertThat(r.reply().title()).contains("Web Client & NVR <v2> \"Pro\" \u00e9A");
    }

    @Test
    void utf8BodyIsDecodedAsUtf8AndOtherBytesAsLatin1() throws Exception {
        byte[] utf8 = "Kamera \u00fcberall \u2013 \u76d1\u63a7".getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Length: " + utf8.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(fetch(concat(head, utf8)).reply().body()).isEqualTo("Kamera \u00fcberall \u2013 \u76d1\u63a7");

        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9, (byte) 0xFF};
        byte[] head2 = ("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(fetch(concat(head2, latin1)).reply().body()).isEqualTo("caf\u00e9\u00ff");
    }

    @Test
    void interimContinueResponseIsSkipped() throws Exception {
        HttpReply reply = fetch("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nServer: x\r\n\r\n").reply();
        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.server()).contains("x");
    }

    @Test
    void postSendsBodyWithContentLengthAndCallerHeaders() throws Exception {
        byte[] body = "<x/>".getBytes(StandardCharsets.UTF_8);
        try (LoopbackServer server = LoopbackServer.start(
                LoopbackServer.replying("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII)))) {
            HttpRequestSpec spec = HttpRequestSpec.post("127.0.0.1", server.port(), false, "/onvif/device_service",
                    List.of(new Header("Content-Type", "application/soap+xml")), body);
            assertThat(client.exchange(spec).answer().map(HttpReply::body)).contains("ok");
            LoopbackServer.RecordedRequest request = server.requests().getFirst();
            assertThat(request.requestLine()).isEqualTo("POST /onvif/device_service HTTP/1.1");
            assertThat(request.header("Content-Length")).isEqualTo("4");
            assertThat(request.header("Content-Type")).isEqualTo("application/soap+xml");
            assertThat(request.body()).isEqualTo(body);
        }
    }

    @Test
    void specRejectsInjectionAndClientOwnedHeaders() {
        assertThatThrownBy(() -> HttpRequestSpec.get("127.0.0.1", 80, false, "/a b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpRequestSpec.get("127.0.0.1", 80, false, "/\r\nX: y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HttpRequestSpec("127.0.0.1", 80, false, "GET", "/",
                List.of(new Header("Connection", "keep-alive")), Optional.empty(), "h"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HttpRequestSpec("127.0.0.1", 80, false, "GET", "/",
                List.of(new Header("X-A", "b\r\nInjected: 1")), Optional.empty(), "h"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultHostBracketsIpv6AndDropsDefaultPorts() {
        assertThat(HttpRequestSpec.defaultHost("::1", 8080, false)).isEqualTo("[::1]:8080");
        assertThat(HttpRequestSpec.defaultHost("127.0.0.1", 80, false)).isEqualTo("127.0.0.1");
        assertThat(HttpRequestSpec.defaultHost("127.0.0.1", 443, true)).isEqualTo("127.0.0.1");
        assertThat(HttpRequestSpec.defaultHost("127.0.0.1", 443, false)).isEqualTo("127.0.0.1:443");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
