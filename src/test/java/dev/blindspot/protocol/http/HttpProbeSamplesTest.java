package dev.blindspot.protocol.http;

import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.scan.ProbeOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** Real device responses (src/test/resources/http, see SOURCES.md) replayed by a loopback server. */
class HttpProbeSamplesTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final HttpProbe probe = new HttpProbe(new BoundedHttpClient(scheduler, HttpLimits.defaults()));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private HttpObservation replay(String resource) throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.replying(Samples.bytes(resource)))) {
            HttpObservation obs = probe.probe("127.0.0.1", server.port(), false);
            LoopbackServer.RecordedRequest request = server.requests().getFirst();
            assertThat(request.requestLine()).isEqualTo("GET / HTTP/1.1");
            assertThat(request.header("Host")).isEqualTo("127.0.0.1:" + server.port());
            assertThat(request.header("User-Agent")).isEqualTo("Blindspot");
            assertThat(request.header("Accept-Encoding")).isEqualTo("identity");
            assertThat(request.header("Connection")).isEqualTo("close");
            assertThat(obs.address()).isEqualTo("127.0.0.1");
            assertThat(obs.method()).isEqualTo("GET");
            assertThat(obs.path()).isEqualTo("/");
            assertThat(obs.tls()).isFalse();
            return obs;
        }
    }

    private static HttpReply answer(HttpObservation obs) {
        assertThat(obs.outcome()).isInstanceOf(ProbeOutcome.Answered.class);
        return obs.outcome().answer().orElseThrow();
    }

    @Test
    void hikvisionNvr401WithDigestChallengeAndXmlBody() throws Exception {
        HttpReply reply = answer(replay("http/http_401_ISAPI_System_status_nvr_DNVRS-Webs.http"));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.reason()).isEqualTo("Unauthorized");
        assertThat(reply.server()).contains("DNVRS-Webs");
        assertThat(reply.headers().first("www-authenticate").orElseThrow())
                .startsWith("Digest realm=\"fe12f37bdXXXXXbccbbd35f1\"").contains("algorithm=\"MD5\"");
        assertThat(reply.headers().first("Content-Type")).contains("application/xml; charset=\"UTF-8\"");
        assertThat(reply.headers().lines()).hasSize(8);
        assertThat(reply.body()).startsWith("<?xml").contains("<statusValue>401</statusValue>")
                .endsWith("</userCheck>\n");
        assertThat(reply.body().getBytes(StandardCharsets.UTF_8)).hasSize(138);
        assertThat(reply.title()).isEmpty();
        assertThat(reply.tlsSubject()).isEmpty();
    }

    @Test
    void hikvisionNvr404WhoseBodyNeverCameIsAnsweredWithEmptyBody() throws Exception {
        // Content-Length: 20 but the server closes after the head: the head is what matters, keep it.
        HttpReply reply = answer(replay("http/http_404_ISAPI_root_DNVRS-Webs.http"));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.reason()).isEqualTo("Not Found");
        assertThat(reply.server()).contains("DNVRS-Webs");
        assertThat(reply.headers().first("Keep-Alive")).contains("timeout=60, max=99");
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void zoneminderApi401JsonBody() throws Exception {
        HttpReply reply = answer(replay("http/http_401_api_not_authenticated_nginx.http"));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.server()).contains("nginx");
        assertThat(reply.headers().first("X-Powered-By")).contains("PHP/7.2.25");
        assertThat(reply.body()).hasSize(235).startsWith("{\"success\":false")
                .contains("\"class\":\"UnauthorizedException\"");
        assertThat(reply.title()).isEmpty();
    }
}
