package dev.blindspot.protocol.active;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.ActiveCheckObservation;
import dev.blindspot.inventory.ActiveCheckRun;
import dev.blindspot.inventory.ActiveCheckVerdict;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Headers;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpLimits;
import dev.blindspot.protocol.http.LoopbackServer;
import dev.blindspot.scan.ProbeOutcome;
import dev.blindspot.scan.ScanProfile;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The probe against tiny loopback servers answering as the public template facts say TVT (CVE-2018-9995) and D-Link
 * (CVE-2020-25078) devices answer, vulnerable and fixed; profile gates; the Dahua logout; no answer.
 */
class ActiveCheckProbeTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final BoundedHttpClient client = new BoundedHttpClient(scheduler, HttpLimits.defaults()
            .withTotalDeadline(Duration.ofSeconds(2)).withMaxBodyBytes(ActiveCheckProbe.MAX_BODY));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private ActiveCheckProbe probe(ScanProfile profile) {
        return probe(profile, ActiveChecks.bundled());
    }

    private ActiveCheckProbe probe(ScanProfile profile, ActiveChecks checks) {
        return new ActiveCheckProbe(client, checks, profile, Duration.ofSeconds(5));
    }

    private static Identity identity(String vendor) {
        return new Identity(Optional.of(vendor), Optional.of(vendor), Optional.empty(), Optional.empty(),
                Optional.of(DeviceClass.RECORDER), Optional.empty(), List.of(), List.of());
    }

    private static List<Observation> web(int port) {
        HttpReply root = new HttpReply(200, "OK", Headers.of(List.of()), "", Optional.empty(), Optional.empty(),
                Optional.empty());
        return List.of(new HttpObservation("127.0.0.1", port, false, "GET", "/", ProbeOutcome.answered(root)));
    }

    /** A server answering each request with {@code answer(requestLine + headers)}. */
    private static LoopbackServer server(Function<LoopbackServer.RecordedRequest, String> answer) throws Exception {
        return LoopbackServer.start((socket, request) -> {
            OutputStream out = socket.getOutputStream();
            out.write(answer.apply(request).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        });
    }

    private static String http(String status, String type, String body) {
        return "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.ISO_8859_1).length + "\r\nConnection: close\r\n\r\n" + body;
    }

    /** TVT/TBK DVR: the user list with passwords when the Cookie uid=admin arrives, on vulnerable firmware. */
    private static Function<LoopbackServer.RecordedRequest, String> tvt(boolean vulnerable) {
        return r -> r.requestLine().startsWith("GET /device.rsp?opt=user&cmd=list ") && vulnerable
                && "uid=admin".equals(r.header("Cookie"))
                ? http("200 OK", "text/plain", "{\"result\":0,\"list\":[{\"uid\":\"admin\",\"pwd\":\"Tv7secret\","
                        + "\"role\":2,\"playback\":4294967295,\"view\":4294967295}]}")
                : http("401 Unauthorized", "text/html", "");
    }

    private static ActiveCheckVerdict verdict(ActiveCheckObservation o) {
        return ((ActiveCheckRun.Sent) o.run()).outcome().answer().orElseThrow();
    }

    @Test
    void tvtVulnerableAndFixed() throws Exception {
        try (LoopbackServer bad = server(tvt(true)); LoopbackServer good = server(tvt(false))) {
            List<ActiveCheckObservation> v = probe(ScanProfile.standard()).probe("127.0.0.1", web(bad.port()), identity("TVT"));
            assertThat(v).singleElement().satisfies(o -> {
                assertThat(o.cve()).isEqualTo("CVE-2018-9995");
                assertThat(verdict(o)).isInstanceOf(ActiveCheckVerdict.Vulnerable.class);
                assertThat(((ActiveCheckVerdict.Vulnerable) verdict(o)).evidence()).contains("\"pwd\":")
                        .doesNotContain("Tv7secret");
            });
            assertThat(bad.requests()).singleElement().satisfies(r -> assertThat(r.header("Cookie")).isEqualTo("uid=admin"));
            List<ActiveCheckObservation> f = probe(ScanProfile.standard()).probe("127.0.0.1", web(good.port()), identity("TVT"));
            assertThat(verdict(f.getFirst())).isInstanceOf(ActiveCheckVerdict.NotVulnerable.class);
        }
    }

    @Test
    void dlinkVulnerableAndFixed() throws Exception {
        Function<LoopbackServer.RecordedRequest, String> vulnerable = r -> r.requestLine().startsWith(
                "GET /config/getuser?index=0 ") ? http("200 OK", "text/plain", "name=admin\r\npass=Dl9secret\r\npriv=1\r\n")
                : http("404 Not Found", "text/html", "");
        try (LoopbackServer bad = server(vulnerable);
             LoopbackServer good = server(r -> http("401 Unauthorized", "text/html", ""))) {
            ActiveCheckObservation v = probe(ScanProfile.standard()).probe("127.0.0.1", web(bad.port()),
                    identity("D-Link")).getFirst();
            assertThat(v.cve()).isEqualTo("CVE-2020-25078");
            assertThat(verdict(v)).isInstanceOf(ActiveCheckVerdict.Vulnerable.class);
            assertThat(v.toString()).doesNotContain("Dl9secret");
            ActiveCheckObservation f = probe(ScanProfile.standard()).probe("127.0.0.1", web(good.port()),
                    identity("D-Link")).getFirst();
            assertThat(verdict(f)).isInstanceOf(ActiveCheckVerdict.NotVulnerable.class);
        }
    }

    @Test
    void profileSafeSendsNothing() throws Exception {
        try (LoopbackServer bad = server(tvt(true))) {
            List<ActiveCheckObservation> out = probe(ScanProfile.safe()).probe("127.0.0.1", web(bad.port()), identity("TVT"));
            assertThat(out).singleElement().satisfies(o -> assertThat(o.run())
                    .isEqualTo(new ActiveCheckRun.Skipped(ActiveCheckProbe.PROFILE_SAFE)));
            assertThat(bad.requests()).isEmpty();
        }
    }

    @Test
    void intrusiveEntriesRunOnlyWithProfileIntrusive() throws Exception {
        ActiveChecks intrusive = ActiveChecksTest.parse(ActiveChecksTest.GOOD.replace("intrusive: false", "intrusive: true"));
        try (LoopbackServer bad = server(tvt(true))) {
            ActiveCheckObservation o = probe(ScanProfile.standard(), intrusive).probe("127.0.0.1", web(bad.port()),
                    identity("TVT")).getFirst();
            assertThat(o.run()).isInstanceOf(ActiveCheckRun.Skipped.class);
            assertThat(bad.requests()).isEmpty();
            ActiveCheckObservation ran = probe(ScanProfile.intrusive(), intrusive).probe("127.0.0.1", web(bad.port()),
                    identity("TVT")).getFirst();
            assertThat(verdict(ran)).isInstanceOf(ActiveCheckVerdict.Vulnerable.class);
            assertThat(bad.requests()).hasSize(1);
        }
    }

    @Test
    void dahuaBypassStopsAtTheAnswerAndOnlyLogsOut() throws Exception {
        Function<LoopbackServer.RecordedRequest, String> dahua = r -> {
            if (r.requestLine().startsWith("POST /RPC2_Login ")) {
                return http("200 OK", "application/json", "{\"id\":1,\"params\":{\"keepAliveInterval\":60},"
                        + "\"result\":true,\"session\":\"abc123\"}");
            }
            return http("200 OK", "application/json", "{\"id\":2,\"params\":null,\"result\":true,\"session\":\"abc123\"}");
        };
        try (LoopbackServer server = server(dahua)) {
            List<ActiveCheckObservation> out = probe(ScanProfile.standard()).probe("127.0.0.1", web(server.port()),
                    identity("Dahua"));
            ActiveCheckObservation bypass = out.stream().filter(o -> o.cve().equals("CVE-2021-33044")).findFirst()
                    .orElseThrow();
            assertThat(((ActiveCheckRun.Sent) bypass.run()).requests()).isEqualTo(2);
            assertThat(((ActiveCheckVerdict.Vulnerable) verdict(bypass)).evidence()).contains("session closed");
            List<LoopbackServer.RecordedRequest> rpc2 = server.requests().stream()
                    .filter(r -> r.requestLine().startsWith("POST /RPC2 ")).toList();
            // one logout per bypass (33044, 33045), each carrying only global.logout with the session handed out
            assertThat(rpc2).hasSize(2).allSatisfy(r -> assertThat(r.bodyText())
                    .isEqualTo("{\"method\":\"global.logout\",\"params\":null,\"id\":2,\"session\":\"abc123\"}"));
            assertThat(server.requests().size()).isLessThanOrEqualTo(ActiveCheckProbe.MAX_REQUESTS_PER_DEVICE);
        }
    }

    @Test
    void noAnswerIsNotANegative() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = s.getLocalPort();
        }
        ActiveCheckObservation o = probe(ScanProfile.standard()).probe("127.0.0.1", web(closedPort), identity("TVT"))
                .getFirst();
        assertThat(((ActiveCheckRun.Sent) o.run()).outcome()).isInstanceOf(ProbeOutcome.Refused.class);
    }

    @Test
    void nothingForOtherVendorsOrWithoutWebPort() throws Exception {
        try (LoopbackServer bad = server(tvt(true))) {
            assertThat(probe(ScanProfile.standard()).probe("127.0.0.1", web(bad.port()), identity("Axis"))).isEmpty();
            assertThat(probe(ScanProfile.standard()).probe("127.0.0.1", List.of(), identity("TVT"))).isEmpty();
            Identity router = new Identity(Optional.of("TVT"), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(DeviceClass.NETWORK), Optional.empty(), List.of(), List.of());
            assertThat(probe(ScanProfile.standard()).probe("127.0.0.1", web(bad.port()), router)).isEmpty();
            assertThat(bad.requests()).isEmpty();
        }
    }
}
