package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.http;
import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GenericOnvifCameraTest {

    private static RunningLab lab;
    private static LabDevice camera;
    private static LabDevice strict;

    @BeforeAll
    static void start() {
        DeviceSpec spec = DeviceSpec.defaults(DeviceKind.GENERIC_ONVIF_CAMERA);
        lab = Lab.start(List.of(spec, spec.withOnvifAuthMode(OnvifAuthMode.STANDARD).withRtspAuth(RtspAuth.DIGEST)),
                TestLabs.options());
        camera = lab.devices().get(0);
        strict = lab.devices().get(1);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void getOnTheGsoapPortIsRefusedTheGsoapWay() throws Exception {
        Wire.Reply reply = Wire.exchange(camera.address(), http(camera), "GET / HTTP/1.1\r\nHost: cam\r\n\r\n");
        Wire.Reply sample = Samples.reply("onvif/http_401_gsoap_IPC_CAM_headers_only.http");

        assertThat(reply.statusLine()).isEqualTo("HTTP/1.1 405 Method Not Allowed");
        assertThat(reply.header("Server")).isEqualTo(sample.header("Server"));
        assertThat(reply.header("Content-Type")).isEqualTo(sample.header("Content-Type"));
        assertThat(reply.text()).contains("HTTP GET method not implemented", "SOAP-ENV:Sender");
    }

    @Test
    void onvifAnswersDeviceInformationWithoutCredentials() throws Exception {
        String host = camera.address();
        Wire.Reply time = Wire.exchange(host, http(camera), Auth.soapPost(host, Auth.soap("GetSystemDateAndTime",
                null, null), ""));
        Wire.Reply info = Wire.exchange(host, http(camera), Auth.soapPost(host, Auth.soap("GetDeviceInformation",
                null, null), ""));
        Wire.Reply capabilities = Wire.exchange(host, http(camera), Auth.soapPost(host, Auth.soap("GetCapabilities",
                null, null), ""));
        String sample = Samples.text("onvif/agsh_mockup_GetDeviceInformation.xml");

        assertThat(time.status()).isEqualTo(200);
        assertThat(time.text()).contains("<tt:Year>2024</tt:Year>", "<tt:Month>8</tt:Month>", "<tt:Hour>10</tt:Hour>");
        assertThat(info.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(info.names()).containsExactly("Server", "Content-Type", "Content-Length", "Connection");
        assertThat(info.header("Server")).contains("gSOAP/2.8");
        String envelopeStart = sample.substring(0, sample.indexOf('>', sample.indexOf("<SOAP-ENV:Envelope")) + 1);
        assertThat(info.text()).startsWith(envelopeStart);
        assertThat(info.text()).contains("<tds:Manufacturer>Generic</tds:Manufacturer>",
                "<tds:Model>IPC-HX3518</tds:Model>", "<tds:FirmwareVersion>V4.02.R11.0010</tds:FirmwareVersion>");
        assertThat(capabilities.text()).contains("<tt:XAddr>http://" + host + "/onvif/services</tt:XAddr>");
        assertThat(lab.attempts(host)).isEmpty();
    }

    @Test
    void strictOnvifChallengesWithTheGsoapRealm() throws Exception {
        String host = strict.address();
        Wire.Reply reply = Wire.exchange(host, http(strict), Auth.soapPost(host, Auth.soap("GetDeviceInformation",
                null, null), ""));
        Wire.Reply sample = Samples.reply("onvif/http_401_gsoap_IPC_CAM_headers_only.http");

        assertThat(reply.statusLine()).isEqualTo(sample.statusLine());
        assertThat(reply.names()).isEqualTo(sample.names());
        assertThat(reply.header("WWW-Authenticate").orElseThrow())
                .matches("Digest realm=\"IPC_CAM\", qop=\"auth,auth-int\", nonce=\"[0-9a-f]{20}\", opaque=\"[0-9a-f]{8}\"");
        assertThat(sample.header("WWW-Authenticate").orElseThrow())
                .matches("Digest realm=\"IPC_CAM\", qop=\"auth,auth-int\", nonce=\"[0-9a-f]{20}\", opaque=\"[0-9a-f]{8}\"");
        assertThat(reply.text()).contains("ter:NotAuthorized");
    }

    @Test
    void stream1IsServedWithoutCredentialsAndUnknownRoutesAre404() throws Exception {
        String base = "rtsp://" + camera.address() + ":" + rtsp(camera);
        try (Wire wire = Wire.connect(camera.address(), rtsp(camera))) {
            Wire.Reply options = wire.send("OPTIONS " + base + "/ RTSP/1.0\r\nCSeq: 2\r\n\r\n");
            Wire.Reply optionsSample = Samples.reply("rtsp/reolink_live555_options_200.txt");
            assertThat(options.names()).isEqualTo(optionsSample.names());
            assertThat(options.header("Public")).isEqualTo(optionsSample.header("Public"));
            assertThat(options.header("Date").orElseThrow()).matches("\\w{3}, \\w{3} \\d{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

            Wire.Reply random = wire.send("DESCRIBE " + base + "/blindspot-9f8e7d6c RTSP/1.0\r\nCSeq: 3\r\n\r\n");
            assertThat(random.statusLine()).isEqualTo("RTSP/1.0 404 Stream Not Found");

            // the scanner's route walk: the first answer that is not 404 is the open stream
            List<String> tried = new ArrayList<>();
            Wire.Reply found = null;
            int cseq = 4;
            for (String route : List.of("/", "/Streaming/Channels/101", "/cam/realmonitor?channel=1&subtype=0",
                    "/h264Preview_01_main", "/live", "/stream1", "/axis-media/media.amp")) {
                Wire.Reply reply = wire.send("DESCRIBE " + base + route + " RTSP/1.0\r\nCSeq: " + cseq++
                        + "\r\nAccept: application/sdp\r\n\r\n");
                tried.add(route);
                if (reply.status() != 404) {
                    found = reply;
                    break;
                }
            }
            assertThat(tried).endsWith("/stream1");
            Wire.Reply describeSample = Samples.reply("rtsp/reolink_live555_describe_200_sdp_partial.txt");
            assertThat(found.statusLine()).isEqualTo("RTSP/1.0 200 OK");
            assertThat(found.names()).isEqualTo(describeSample.names());
            assertThat(found.header("Content-Base")).contains(base + "/stream1/");
            String sdp = found.text();
            String sampleSdp = Samples.text("rtsp/sdp_only_live555_2014_ipcam_sdp.txt");
            assertThat(sdp).contains("a=tool:LIVE555 Streaming Media v2014.02.04", "i=stream1",
                    "c=IN IP4 " + camera.address());
            assertThat(sdp.lines().map(GenericOnvifCameraTest::sdpField).toList())
                    .isEqualTo(sampleSdp.lines().map(GenericOnvifCameraTest::sdpField).toList());
        }
        assertThat(lab.attempts(camera.address())).isEmpty();
    }

    @Test
    void rtspWithAuthenticationOnUsesTheLive555Realm() throws Exception {
        String url = "rtsp://" + strict.address() + ":" + rtsp(strict) + "/stream1";
        Wire.Reply reply = Wire.exchange(strict.address(), rtsp(strict), "DESCRIBE " + url + " RTSP/1.0\r\nCSeq: 3\r\n\r\n");
        Wire.Reply sample = Samples.reply("rtsp/reolink_live555_describe_401_digest.txt");

        assertThat(reply.statusLine()).isEqualTo(sample.statusLine());
        assertThat(reply.names()).isEqualTo(sample.names());
        assertThat(reply.header("WWW-Authenticate").orElseThrow())
                .startsWith("Digest realm=\"LIVE555 Streaming Media\", nonce=\"");
    }

    /** {@code a=tool} for attributes, {@code m=} etc. for the other lines: the SDP's shape without its values. */
    private static String sdpField(String line) {
        return line.startsWith("a=") ? line.split(":")[0] : line.substring(0, 2);
    }

    @Test
    void answerKeySaysOpenOnvifAndOpenStream() {
        assertThat(camera.failing()).containsExactly("rtsp-unauthenticated-stream", "onvif-unauthenticated-access");
        assertThat(strict.failing()).isEmpty();
    }
}
