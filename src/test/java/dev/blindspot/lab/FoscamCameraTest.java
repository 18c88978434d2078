package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.http;
import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.testing.MutableClock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Foscam FI8620 (HiIpcam platform) against rtsp/foscam_hiipcam_describe_200_sdp.txt and thttpd's layout. */
class FoscamCameraTest {

    private static final MutableClock CLOCK = new MutableClock(TestLabs.T0);
    private static RunningLab lab;
    private static LabDevice camera;

    @BeforeAll
    static void start() {
        lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.FOSCAM_CAMERA)), Vendors2.options(4, CLOCK));
        camera = lab.devices().get(0);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void everyPageIsBehindBasicRealmIndexHtmlInThttpdsLayout() throws Exception {
        byte[] raw;
        try (Wire wire = Wire.connect(camera.address(), http(camera))) {
            wire.write("GET / HTTP/1.1\r\nHost: cam\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            raw = Vendors2.readSome(wire.input());
        }
        String answer = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
        String head = answer.substring(0, answer.indexOf("\r\n\r\n"));

        assertThat(head).startsWith("HTTP/1.1 401 Unauthorized\r\nServer: thttpd\r\nContent-type: text/html\r\n");
        assertThat(head).contains("\r\nAccept-Ranges: bytes\r\nConnection: close\r\n"
                + "WWW-Authenticate: Basic realm=\"index.html\"");
        assertThat(head).doesNotContainIgnoringCase("Content-Length");
        assertThat(answer).contains("<H2>401 Unauthorized</H2>\nAuthorization required for the URL '/'.\n");
        assertThat(camera.failing()).containsExactly("default-credentials-accepted", "http-basic-auth-cleartext");
    }

    @Test
    void theBlankAdminPasswordOpensTheHi3510Cgi() throws Exception {
        String path = "/web/cgi-bin/hi3510/param.cgi?cmd=getserverinfo";
        byte[] raw;
        try (Wire wire = Wire.connect(camera.address(), http(camera))) {
            wire.write(("GET " + path + " HTTP/1.1\r\nHost: cam\r\nAuthorization: " + Auth.basic("admin", "")
                    + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            raw = Vendors2.readSome(wire.input());
        }
        String answer = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n")
                .contains("var model=\"FI8620\";\r\n", "var softVersion=\"V3.2.2.2.1-20120815\";\r\n");
        assertThat(lab.attempts(camera.address(), LoginProtocol.HTTP_BASIC).get("admin").accepted()).isPositive();
    }

    @Test
    void rtspIsTheCapturedHiIpcamVodServer() throws Exception {
        Wire.Reply sample = Samples.reply("rtsp/foscam_hiipcam_describe_200_sdp.txt");
        String url = "rtsp://" + camera.address() + ":" + rtsp(camera) + "/11";
        try (Wire wire = Wire.connect(camera.address(), rtsp(camera))) {
            Wire.Reply options = wire.send("OPTIONS " + url + " RTSP/1.0\r\nCSeq: 2\r\n\r\n");
            assertThat(options.header("Server")).isEqualTo(sample.header("Server"));

            Wire.Reply challenge = wire.send("DESCRIBE " + url + " RTSP/1.0\r\nCSeq: 3\r\n\r\n");
            assertThat(challenge.status()).isEqualTo(401);
            String header = challenge.header("WWW-Authenticate").orElseThrow();

            Wire.Reply describe = wire.send("DESCRIBE " + url + " RTSP/1.0\r\nCSeq: 3\r\nAuthorization: "
                    + Auth.digest(header, "DESCRIBE", url, "admin", "") + "\r\n\r\n");
            assertThat(describe.statusLine()).isEqualTo(sample.statusLine());
            assertThat(describe.names()).isEqualTo(sample.names());
            assertThat(describe.header("Content-Base")).contains(url + "/");
            String normalized = "o=StreamingServer N N IN IP4 H";
            // the sample byte for byte except the H.264 parameter sets, which are those of the clip the lab streams
            assertThat(Samples.withoutParameterSets(describe.text().replaceFirst("o=StreamingServer \\d+ \\d+ IN IP4 \\S+", normalized)))
                    .isEqualTo(Samples.withoutParameterSets(sample.text().replaceFirst("o=StreamingServer \\d+ \\d+ IN IP4 \\S+", normalized)));
        }
    }
}
