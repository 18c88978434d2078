package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.http;
import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.Header;
import dev.blindspot.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Hanwha (ex-Samsung) camera against rtsp/hanwha_ipolis_describe_401_digest.txt and the public iPolis facts. */
class HanwhaCameraTest {

    private static final String DEVICEINFO = "/stw-cgi/system.cgi?msubmenu=deviceinfo&action=view";
    private static final MutableClock CLOCK = new MutableClock(TestLabs.T0);
    private static RunningLab lab;
    private static LabDevice camera;
    private static LabDevice locking;

    @BeforeAll
    static void start() {
        DeviceSpec spec = DeviceSpec.defaults(DeviceKind.HANWHA_CAMERA);
        lab = Lab.start(List.of(spec, spec.withPassword("Wn7#pQ2vX9")), Vendors2.options(3, CLOCK));
        camera = lab.devices().get(0);
        locking = lab.devices().get(1);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void rootCarriesTheCorpusTitleAndTheFactoryPasswordIsPlanted() throws Exception {
        Wire.Reply root = Wire.exchange(camera.address(), http(camera), "GET / HTTP/1.1\r\nHost: cam\r\n\r\n");

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.text()).contains("<title>Hanwha Techwin</title>");
        assertThat(camera.failing()).containsExactly("default-credentials-accepted");
        assertThat(locking.failing()).isEmpty();
        assertThat(camera.ports()).containsEntry("https", 443).containsEntry("rtsp", 554);
    }

    @Test
    void sunapiChallengesWithDigestRealmIpolisAndAnswersKeyValuesAfterLogin() throws Exception {
        Wire.Reply challenge = Wire.exchange(camera.address(), http(camera),
                "GET " + DEVICEINFO + " HTTP/1.1\r\nHost: cam\r\n\r\n");
        String header = challenge.header("WWW-Authenticate").orElseThrow();
        // the challenge Greenbone's "Samsung iPolis Default Credentials" test parses
        assertThat(challenge.status()).isEqualTo(401);
        assertThat(header).matches("Digest realm=\"iPolis\", nonce=\"[0-9a-f]{32}\", qop=\"auth\"");

        Wire.Reply info = Wire.exchange(camera.address(), http(camera), "GET " + DEVICEINFO + " HTTP/1.1\r\n"
                + "Host: cam\r\nAuthorization: " + Auth.digest(header, "GET", DEVICEINFO, "admin", "4321") + "\r\n\r\n");
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.text()).startsWith("Model=SNB-6004\r\nSerialNumber=").contains("FirmwareVersion=1.40_161209\r\n");

        Wire.Reply json = Wire.exchange(camera.address(), http(camera), "GET " + DEVICEINFO + " HTTP/1.1\r\n"
                + "Host: cam\r\nAccept: application/json\r\nAuthorization: "
                + Auth.digest(header, "GET", DEVICEINFO, "admin", "4321") + "\r\n\r\n");
        assertThat(Vendors2.json(json.text()).path("Model").asText()).isEqualTo("SNB-6004");

        Wire.Reply monitoring = Wire.exchange(camera.address(), http(camera), "GET /home/monitoring.cgi HTTP/1.1\r\n"
                + "Host: cam\r\nAuthorization: " + Auth.digest(header, "GET", "/home/monitoring.cgi", "admin", "4321")
                + "\r\n\r\n");
        assertThat(monitoring.text()).contains("var model", "var devicePort");
        assertThat(lab.attempts(camera.address(), LoginProtocol.HTTP_DIGEST).get("admin").accepted()).isEqualTo(3);
    }

    @Test
    void afterFiveFailuresTheAccountIsBlockedWithHttp490EvenForTheRightPassword() throws Exception {
        String challenge = Wire.exchange(locking.address(), http(locking),
                "GET " + DEVICEINFO + " HTTP/1.1\r\nHost: cam\r\n\r\n").header("WWW-Authenticate").orElseThrow();
        int last = 0;
        for (int i = 0; i < 5; i++) {
            last = Wire.exchange(locking.address(), http(locking), "GET " + DEVICEINFO + " HTTP/1.1\r\nHost: cam\r\n"
                    + "Authorization: " + Auth.digest(challenge, "GET", DEVICEINFO, "admin", "wrong" + i) + "\r\n\r\n")
                    .status();
        }
        Wire.Reply right = Wire.exchange(locking.address(), http(locking), "GET " + DEVICEINFO + " HTTP/1.1\r\n"
                + "Host: cam\r\nAuthorization: " + Auth.digest(challenge, "GET", DEVICEINFO, "admin", "Wn7#pQ2vX9")
                + "\r\n\r\n");

        assertThat(last).isEqualTo(490);
        assertThat(right.status()).isEqualTo(490);
        assertThat(lab.attempts(locking.address()).get("admin")).isEqualTo(new AccountAttempts(0, 6));

        CLOCK.advance(Duration.ofMinutes(2));
        Wire.Reply later = Wire.exchange(locking.address(), http(locking), "GET " + DEVICEINFO + " HTTP/1.1\r\n"
                + "Host: cam\r\nAuthorization: " + Auth.digest(challenge, "GET", DEVICEINFO, "admin", "Wn7#pQ2vX9")
                + "\r\n\r\n");
        assertThat(later.status()).isEqualTo(200);
    }

    @Test
    void rtspChallengeHasTheCapturedIpolisLayout() throws Exception {
        String url = "rtsp://" + camera.address() + ":" + rtsp(camera) + "/profile2/media.smp";
        try (Wire wire = Wire.connect(camera.address(), rtsp(camera))) {
            Wire.Reply challenge = wire.send("DESCRIBE " + url + " RTSP/1.0\r\nCSeq: 1\r\nAccept: application/sdp"
                    + "\r\n\r\n");
            String captured = Samples.text("rtsp/hanwha_ipolis_describe_401_digest.txt");
            Wire.Reply captureReply = replyOf(captured);
            assertThat(challenge.statusLine()).isEqualTo(captureReply.statusLine());
            assertThat(challenge.names()).isEqualTo(captureReply.names());
            assertThat(challenge.header("WWW-Authenticate").orElseThrow())
                    .matches("Digest realm=\"iPOLiS\", nonce=\"[0-9A-F]{32}\"");
            assertThat(challenge.header("Date")).isEqualTo(challenge.header("Expires"));
            assertThat(challenge.header("Date").orElseThrow()).matches("\\w{3}, \\d{2} \\w{3} \\d{4} [\\d:]{8} GMT");

            Wire.Reply describe = wire.send("DESCRIBE " + url + " RTSP/1.0\r\nCSeq: 2\r\nAuthorization: "
                    + Auth.digest(challenge.header("WWW-Authenticate").orElseThrow(), "DESCRIBE", url, "admin", "4321")
                    + "\r\n\r\n");
            assertThat(describe.status()).isEqualTo(200);
            assertThat(describe.text()).contains("m=video 0 RTP/AVP");
        }
    }

    @Test
    void httpsAnswersTheSameChallenge() throws Exception {
        String answer = Vendors2.tlsExchange(camera.address(), camera.ports().get("https"),
                "GET " + DEVICEINFO + " HTTP/1.1\r\nHost: cam\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 401 Unauthorized\r\n").contains("Digest realm=\"iPolis\"");
    }

    /** The response half of a capture that starts with the request the client sent. */
    private static Wire.Reply replyOf(String capture) {
        String response = capture.substring(capture.indexOf("RTSP/1.0 "));
        String[] lines = response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n");
        List<Header> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new Header(lines[i].substring(0, colon), lines[i].substring(colon + 2)));
        }
        return new Wire.Reply(lines[0], headers, new byte[0], response);
    }
}
