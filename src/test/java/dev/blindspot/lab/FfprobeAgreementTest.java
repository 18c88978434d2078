package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real RTSP client against the lab: ffprobe (FFmpeg) opens the lab's streams with Digest credentials over TCP
 * interleaved and UDP, is refused with 401 without or with wrong ones, and opens open streams without any. Skipped,
 * with the reason shown, only when ffprobe is not installed ({@code apt-get install ffmpeg}; CI installs it).
 */
class FfprobeAgreementTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static Path ffprobe;
    private static RunningLab lab;
    private static LabDevice hikvision;
    private static LabDevice dahua;
    private static LabDevice generic;
    private static LabDevice openHikvision;

    @BeforeAll
    static void start() {
        ffprobe = ExternalTool.find("ffprobe").orElse(null);
        Assumptions.assumeTrue(ffprobe != null, "ffprobe is not installed (apt-get install ffmpeg): skipping the "
                + "real-client RTSP tests");
        lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA),
                DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA),
                DeviceSpec.defaults(DeviceKind.GENERIC_ONVIF_CAMERA),
                DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA).withRtspAuth(RtspAuth.NONE)),
                TestLabs.options().withFirstAddress("127.35.3.1"));
        hikvision = lab.devices().get(0);
        dahua = lab.devices().get(1);
        generic = lab.devices().get(2);
        openHikvision = lab.devices().get(3);
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void digestCameraStreamsH264ToTheRightCredentialsOverTcpAndUdp() throws Exception {
        for (String transport : List.of("tcp", "udp")) {
            JsonNode streams = probe(url(hikvision, "admin:12345@", "/Streaming/Channels/101"), transport);
            JsonNode video = byCodec(streams, "h264");
            assertThat(video.path("width").asInt()).as(transport).isEqualTo(160);
            assertThat(video.path("height").asInt()).as(transport).isEqualTo(120);
            assertThat(byCodec(streams, "pcm_alaw").path("sample_rate").asText()).isEqualTo("8000");
        }
        JsonNode dahuaStreams = probe(url(dahua, "admin:admin@", "/cam/realmonitor?channel=1&subtype=0"), "tcp");
        assertThat(byCodec(dahuaStreams, "h264").path("width").asInt()).isEqualTo(160);
        assertThat(lab.attempts(hikvision.address(), LoginProtocol.RTSP_DIGEST).get("admin").accepted())
                .isPositive();
    }

    @Test
    void withoutOrWithWrongCredentialsTheDigestCameraAnswers401() throws Exception {
        int failedBefore = failed(hikvision);
        for (String credentials : List.of("", "admin:wrong@")) {
            ExternalTool.Run run = ffprobeRun(url(hikvision, credentials, "/Streaming/Channels/101"), "tcp");
            assertThat(run.exitCode()).as("ffprobe with '%s'", credentials).isNotZero();
            assertThat(run.stderr()).contains("401 Unauthorized");
            assertThat(run.stdout()).doesNotContain("h264");
        }
        assertThat(failed(hikvision)).as("one rejected Digest attempt, counted").isEqualTo(failedBefore + 1);
    }

    @Test
    void openStreamsPlayWithoutCredentials() throws Exception {
        JsonNode jpeg = probe(url(generic, "", "/stream1"), "tcp");
        assertThat(byCodec(jpeg, "mjpeg").path("width").asInt()).isEqualTo(160);
        assertThat(byCodec(jpeg, "mjpeg").path("height").asInt()).isEqualTo(120);
        assertThat(byCodec(jpeg, "pcm_mulaw")).isNotNull();
        JsonNode h264 = probe(url(openHikvision, "", "/Streaming/Channels/101"), "tcp");
        assertThat(byCodec(h264, "h264").path("height").asInt()).isEqualTo(120);
        assertThat(generic.failing()).contains("rtsp-unauthenticated-stream");
        assertThat(openHikvision.failing()).contains("rtsp-unauthenticated-stream");
        assertThat(lab.attempts(generic.address())).isEmpty();
    }

    private static int failed(LabDevice device) {
        AccountAttempts admin = lab.attempts(device.address(), LoginProtocol.RTSP_DIGEST).get("admin");
        return admin == null ? 0 : admin.failed();
    }

    private static String url(LabDevice device, String credentials, String route) {
        return "rtsp://" + credentials + device.address() + ":" + rtsp(device) + route;
    }

    private static ExternalTool.Run ffprobeRun(String url, String transport) throws Exception {
        List<String> command = new ArrayList<>(List.of(ffprobe.toString(), "-v", "error", "-rw_timeout", "10000000",
                "-rtsp_transport", transport, "-show_streams", "-of", "json", url));
        return ExternalTool.run(command, TIMEOUT);
    }

    private static JsonNode probe(String url, String transport) throws Exception {
        ExternalTool.Run run = ffprobeRun(url, transport);
        assertThat(run.exitCode()).as("ffprobe %s over %s: %s", url, transport, run.stderr()).isZero();
        return new ObjectMapper().readTree(run.stdout()).path("streams");
    }

    private static JsonNode byCodec(JsonNode streams, String codec) {
        for (JsonNode s : streams) {
            if (codec.equals(s.path("codec_name").asText())) {
                return s;
            }
        }
        throw new AssertionError("no " + codec + " stream in " + streams);
    }
}
