package dev.blindspot.protocol.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.auth.Authorizer;
import dev.blindspot.protocol.auth.DigestAuthenticator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RtspLoginTest {

    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private final RtspClient client = new RtspClient(watchdog, Duration.ofSeconds(2), Duration.ofSeconds(1));
    private final RtspLogin login =
            new RtspLogin(client, new Authorizer(DigestAuthenticator.withRandom(new SplittableRandom(3))));

    @AfterEach
    void stopWatchdog() {
        watchdog.shutdownNow();
    }

    /**
     * A camera that knows admin/{@code password}: without valid credentials it replays the sample 401 (whose
     * realm and nonce the verifier uses), with them the sample 200.
     */
    private static FakeRtspServer camera(String challenge, DigestVerifier verifier, byte[] ok) throws IOException {
        return FakeRtspServer.answering(r -> verifier.accepts(r) ? ok : Samples.reply(challenge));
    }

    private LoginResult attempt(FakeRtspServer server, String path, String password) {
        return login.attempt(server.address(), server.port(), path, "admin", new Secret(password));
    }

    private static void assertOneAuthenticatedRequest(FakeRtspServer server) {
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(0).authenticated()).isFalse();
        assertThat(server.requests().get(1).authenticated()).isTrue();
    }

    @Test
    void hikvisionDigestAcceptedAndRejected() throws Exception {
        DigestVerifier v = new DigestVerifier("IP Camera(E6990)", "921e0ab66f8f6763ef05ecb06c4c86a0", "admin", "12345");
        byte[] sdp = Samples.reply("hikvision_describe_200_sdp.txt");
        try (FakeRtspServer server = camera("hikvision_describe_401_digest_basic.txt", v, sdp)) {
            assertThat(attempt(server, "/Streaming/Channels/101", "12345")).isEqualTo(new LoginResult.Accepted());
            assertOneAuthenticatedRequest(server);
            assertThat(server.requests().get(1).header("Authorization")).startsWith("Digest ");
            assertThat(server.requests().get(1).cseq()).isEqualTo(2);
            assertThat(server.connections()).isEqualTo(1);
        }
        try (FakeRtspServer server = camera("hikvision_describe_401_digest_basic.txt", v, sdp)) {
            assertThat(attempt(server, "/Streaming/Channels/101", "wrong")).isEqualTo(new LoginResult.Rejected());
            assertOneAuthenticatedRequest(server);
        }
    }

    @Test
    void dahuaDigestWithoutQop() throws Exception {
        DigestVerifier v = new DigestVerifier("Login to 0M00CC0FAC00B0B", "c5cdebfb791630ad189ac43081c7c01e", "admin",
                "admin123");
        byte[] sdp = Samples.reply("dahua_describe_200_sdp.txt");
        try (FakeRtspServer server = camera("dahua_playback_describe_401_digest.txt", v, sdp)) {
            assertThat(attempt(server, "/cam/realmonitor?channel=1&subtype=0", "admin123"))
                    .isEqualTo(new LoginResult.Accepted());
            assertThat(DigestVerifier.params(server.requests().get(1).header("Authorization"))).doesNotContainKey("qop");
        }
        try (FakeRtspServer server = camera("dahua_playback_describe_401_digest.txt", v, sdp)) {
            assertThat(attempt(server, "/cam/realmonitor?channel=1&subtype=0", "admin"))
                    .isEqualTo(new LoginResult.Rejected());
        }
    }

    @Test
    void axisReolinkHanwhaAndAiphone() throws Exception {
        record Case(String challenge, String realm, String nonce, byte[] ok, String path) {}
        Case[] cases = {
                new Case("axis_rtsp_describe_401_digest.txt", "AXIS_ACCC8E012345",
                        "0000eb57Y1462133062b37999f0cd530f02755fa37b8df1",
                        Samples.replyWithTrueLength("axis_rtsp_describe_200_sdp_metadata.txt"), "/axis-media/media.amp"),
                new Case("reolink_live555_describe_401_digest.txt", "LIVE555 Streaming Media", "yyy",
                        Samples.replyWithTrueLength("reolink_live555_describe_200_sdp_partial.txt"),
                        "/h264Preview_01_main"),
                new Case("hanwha_ipolis_describe_401_digest.txt", "iPOLiS", "2CB39FCBBE5843DA3430129B4EA1414C",
                        Samples.status(200, "OK", "Content-Length: 0"), "/profile2/media.smp"),
                new Case("aiphone_ze-pro_describe_401_digest.txt", "Secret", "ODQ4MDguNTM2Mzk6NTQ1OTExMzQz",
                        Samples.status(200, "OK"), "/udp/unicast/aiphone_H264"),
        };
        for (Case c : cases) {
            DigestVerifier v = new DigestVerifier(c.realm(), c.nonce(), "admin", "4321");
            try (FakeRtspServer server = camera(c.challenge(), v, c.ok())) {
                assertThat(attempt(server, c.path(), "4321")).as(c.challenge()).isEqualTo(new LoginResult.Accepted());
                assertThat(attempt(server, c.path(), "1234")).as(c.challenge()).isEqualTo(new LoginResult.Rejected());
                assertThat(server.requests()).filteredOn(ReceivedRequest::authenticated).hasSize(2);
            }
        }
    }

    @Test
    void basicWhenOnlyBasicIsOfferedAndTheObservationNamesIt() throws Exception {
        DigestVerifier v = new DigestVerifier("", "", "admin", "pass");
        byte[] challenge = Samples.status(401, "Unauthorized", "CSeq: 1", "WWW-Authenticate: Basic realm=\"Device_CGI\"");
        try (FakeRtspServer server = FakeRtspServer.answering(r -> v.accepts(r) ? Samples.status(200, "OK") : challenge)) {
            LoginObservation o = login.observe(server.address(), server.port(), "/live", "admin", new Secret("pass"),
                    "default:test");
            assertThat(o.result()).isEqualTo(new LoginResult.Accepted());
            assertThat(o.protocol()).isEqualTo("rtsp-basic");
            assertThat(o.address()).isEqualTo("127.0.0.1");
            assertThat(o.source()).isEqualTo("default:test");
            assertThat(o.toString()).doesNotContain("pass,").contains("****");
            assertThat(server.requests().get(1).header("Authorization")).isEqualTo("Basic YWRtaW46cGFzcw==");
        }
    }

    @Test
    void digestObservationProtocol() throws Exception {
        DigestVerifier v = new DigestVerifier("IP Camera(C1214)", "0191a41d87c28cd52b3e9c8adc99291c", "admin", "x");
        try (FakeRtspServer server = camera("hikvision_describe_401_digest_basic_exoplayer.txt", v,
                Samples.status(200, "OK"))) {
            LoginObservation o = login.observe(server.address(), server.port(), "/", "admin", new Secret("y"), "s");
            assertThat(o.protocol()).isEqualTo("rtsp-digest");
            assertThat(o.result()).isEqualTo(new LoginResult.Rejected());
        }
    }

    @Test
    void lockoutSignalsAfterTheAnswer() throws Exception {
        String[][] cases = {
                {"403 Forbidden", "", "RTSP 403 Forbidden"},
                {"429 Too Many Requests", "", "RTSP 429 Too Many Requests"},
                {"453 Not Enough Bandwidth", "", "RTSP 453 Not Enough Bandwidth"},
                {"401 Unauthorized", "User locked, try again in 30 minutes", "lock text"},
                {"401 Unauthorized", "Invalid username or password! You still have 4 attempt(s).", "attempt(s)"},
        };
        for (String[] c : cases) {
            byte[] second = (reply(c[0], c[1]));
            try (FakeRtspServer server = FakeRtspServer.answering(r -> r.authenticated() ? second
                    : Samples.reply("reolink_live555_describe_401_digest.txt"))) {
                LoginResult result = attempt(server, "/", "x");
                assertThat(result).as(c[0]).isInstanceOf(LoginResult.LockoutSignal.class);
                assertThat(((LoginResult.LockoutSignal) result).signal()).as(c[0]).contains(c[2]);
                assertOneAuthenticatedRequest(server);
            }
        }
    }

    private static byte[] reply(String statusLine, String body) {
        String text = "RTSP/1.0 " + statusLine + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
        return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void lockoutOnTheChallengeRequestSendsNoCredentials() throws Exception {
        try (FakeRtspServer server = FakeRtspServer.answering(r -> reply("403 Forbidden", ""))) {
            assertThat(attempt(server, "/", "x")).isEqualTo(new LoginResult.LockoutSignal("RTSP 403 Forbidden"));
            assertThat(server.requests()).hasSize(1).noneMatch(ReceivedRequest::authenticated);
        }
    }

    @Test
    void staleNonceIsNotARejection() throws Exception {
        byte[] stale = Samples.status(401, "Unauthorized", "WWW-Authenticate: Digest realm=\"r\", nonce=\"new\", stale=TRUE");
        try (FakeRtspServer server = FakeRtspServer.answering(r -> r.authenticated() ? stale
                : Samples.reply("aiphone_ze-pro_describe_401_digest.txt"))) {
            assertThat(attempt(server, "/", "x")).isInstanceOf(LoginResult.Failed.class);
        }
    }

    @Test
    void aStaleNonceIsAnsweredOnceWithTheFreshNonce() throws Exception {
        DigestVerifier fresh = new DigestVerifier("r", "fresh", "admin", "12345");
        byte[] stale = Samples.status(401, "Unauthorized",
                "WWW-Authenticate: Digest realm=\"r\", nonce=\"fresh\", stale=TRUE");
        try (FakeRtspServer server = FakeRtspServer.answering(r -> !r.authenticated()
                ? Samples.status(401, "Unauthorized", "WWW-Authenticate: Digest realm=\"r\", nonce=\"old\"")
                : fresh.accepts(r) ? Samples.status(200, "OK") : stale)) {
            assertThat(attempt(server, "/", "12345")).isEqualTo(new LoginResult.Accepted());
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void failuresSayNothingAboutThePassword() throws Exception {
        try (FakeRtspServer open = FakeRtspServer.answering(r -> Samples.reply("dahua_describe_200_sdp.txt"))) {
            assertThat(attempt(open, "/", "x")).isEqualTo(new LoginResult.Failed(
                    "no credentials asked: DESCRIBE answered 200 without them"));
            assertThat(open.requests()).hasSize(1);
        }
        try (FakeRtspServer missing = FakeRtspServer.answering(r -> Samples.status(404, "Not Found"))) {
            assertThat(attempt(missing, "/nope", "x")).isEqualTo(new LoginResult.Failed("stream path not found (404)"));
        }
        try (FakeRtspServer ntlm = FakeRtspServer.answering(r -> Samples.status(401, "Unauthorized",
                "WWW-Authenticate: NTLM"))) {
            LoginResult r = attempt(ntlm, "/", "x");
            assertThat(r).isInstanceOf(LoginResult.Failed.class);
            assertThat(((LoginResult.Failed) r).reason()).contains("cannot answer challenge").contains("NTLM");
            assertThat(ntlm.requests()).hasSize(1);
        }
        try (FakeRtspServer slow = FakeRtspServer.answering(r -> {
            if (r.authenticated()) {
                sleep(5_000);
            }
            return Samples.reply("aiphone_ze-pro_describe_401_digest.txt");
        })) {
            LoginResult r = attempt(slow, "/", "x");
            assertThat(r).isInstanceOf(LoginResult.Failed.class);
            assertThat(((LoginResult.Failed) r).reason()).contains("timed out");
        }
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, loopback)) {
            closed = s.getLocalPort();
        }
        LoginResult refused = login.attempt(loopback, closed, "/", "admin", new Secret("x"));
        assertThat(refused).isInstanceOf(LoginResult.Failed.class);
        assertThat(((LoginResult.Failed) refused).reason()).contains("connection refused");
    }

    @Test
    void serverClosingAfterTheChallenge() throws Exception {
        DigestVerifier v = new DigestVerifier("Secret", "ODQ4MDguNTM2Mzk6NTQ1OTExMzQz", "admin", "pw");
        byte[] challenge = Samples.reply("aiphone_ze-pro_describe_401_digest.txt");
        // It says so: the answer goes on a new connection.
        String withClose = new String(challenge, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("CSeq: 1\r\n", "CSeq: 1\r\nConnection: close\r\n");
        try (FakeRtspServer server = FakeRtspServer.answering(r -> v.accepts(r) ? Samples.status(200, "OK")
                : withClose.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))) {
            assertThat(attempt(server, "/", "pw")).isEqualTo(new LoginResult.Accepted());
            assertThat(server.connections()).isEqualTo(2);
        }
        // It does not say so: the credentials are not sent twice; the attempt fails.
        try (FakeRtspServer server = FakeRtspServer.raw((s, srv, n) -> {
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream()));
            srv.readRequest(in, n);
            s.getOutputStream().write(challenge);
            s.getOutputStream().flush();
            s.shutdownInput();
        })) {
            LoginResult r = attempt(server, "/", "pw");
            assertThat(r).isInstanceOf(LoginResult.Failed.class);
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
