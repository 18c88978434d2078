package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.http;
import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blindspot.testing.MutableClock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Uniview camera (modelled: no capture exists in the shared samples; see lab/SOURCES.md). */
class UniviewCameraTest {

    private static final String DEVICE_INFO = "/LAPI/V1.0/System/DeviceInfo";
    private static final MutableClock CLOCK = new MutableClock(TestLabs.T0);
    private static RunningLab lab;
    private static LabDevice camera;
    private static LabDevice open;

    @BeforeAll
    static void start() {
        DeviceSpec spec = DeviceSpec.defaults(DeviceKind.UNIVIEW_CAMERA);
        lab = Lab.start(List.of(spec, spec.withPassword("Uv4$kT9!mR").withOnvifAuthMode(OnvifAuthMode.OPEN)
                .withRtspAuth(RtspAuth.NONE)), Vendors2.options(2, CLOCK));
        camera = lab.devices().get(0);
        open = lab.devices().get(1);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void lapiNeedsDigestAndAnswersTheJsonEnvelope() throws Exception {
        Wire.Reply challenge = Wire.exchange(camera.address(), http(camera),
                "GET " + DEVICE_INFO + " HTTP/1.1\r\nHost: cam\r\n\r\n");
        String header = challenge.header("WWW-Authenticate").orElseThrow();
        assertThat(challenge.status()).isEqualTo(401);
        assertThat(header).startsWith("Digest realm=\"IPC\", qop=\"auth\", nonce=\"");

        Wire.Reply info = Wire.exchange(camera.address(), http(camera), "GET " + DEVICE_INFO + " HTTP/1.1\r\n"
                + "Host: cam\r\nAuthorization: " + Auth.digest(header, "GET", DEVICE_INFO, "admin", "123456")
                + "\r\n\r\n");
        JsonNode response = Vendors2.json(info.text()).path("Response");
        assertThat(response.path("ResponseURL").asText()).isEqualTo(DEVICE_INFO);
        assertThat(response.path("ResponseCode").asInt()).isZero();
        assertThat(response.path("ResponseString").asText()).isEqualTo("Succeed");
        assertThat(response.path("Data").path("DeviceModel").asText()).isEqualTo("IPC322LR3-VSPF28-D");
        assertThat(response.path("Data").path("SerialNumber").asText()).matches("210235[0-9A-Z]{14}");

        Wire.Reply unknown = Wire.exchange(camera.address(), http(camera), "GET /LAPI/V1.0/System/BasicInfo HTTP/1.1"
                + "\r\nHost: cam\r\nAuthorization: " + Auth.digest(header, "GET", "/LAPI/V1.0/System/BasicInfo",
                        "admin", "123456") + "\r\n\r\n");
        assertThat(unknown.status()).isEqualTo(599);
        assertThat(Vendors2.json(unknown.text()).path("Response").path("ResponseCode").asInt()).isEqualTo(1);
        assertThat(lab.attempts(camera.address(), LoginProtocol.HTTP_DIGEST).get("admin"))
                .isEqualTo(new AccountAttempts(2, 0));
        // the 2018 IPC_G6103 build predates Uniview's December 2021 fix of CVE-2021-45039 (release data)
        assertThat(camera.failing()).containsExactly("default-credentials-accepted", "security-update-overdue",
                "firmware-known-vulnerability");
    }

    @Test
    void rtspNamesItselfAndServesMediaVideo1() throws Exception {
        String url = "rtsp://" + open.address() + ":" + rtsp(open) + "/media/video1";
        try (Wire wire = Wire.connect(open.address(), rtsp(open))) {
            Wire.Reply options = wire.send("OPTIONS " + url + " RTSP/1.0\r\nCSeq: 1\r\n\r\n");
            Wire.Reply describe = wire.send("DESCRIBE " + url + " RTSP/1.0\r\nCSeq: 2\r\n\r\n");
            assertThat(options.header("Server")).contains("UNIVIEW RTSP");
            assertThat(describe.status()).isEqualTo(200);
            assertThat(describe.text()).contains("m=video");
        }
        try (Wire wire = Wire.connect(camera.address(), rtsp(camera))) {
            Wire.Reply describe = wire.send("DESCRIBE rtsp://" + camera.address() + "/media/video1 RTSP/1.0\r\n"
                    + "CSeq: 2\r\n\r\n");
            assertThat(describe.status()).isEqualTo(401);
        }
        assertThat(open.failing()).containsExactly("rtsp-unauthenticated-stream", "onvif-unauthenticated-access",
                "security-update-overdue", "firmware-known-vulnerability");
    }

    @Test
    void onvifIdentifiesUniviewWhenLeftOpen() throws Exception {
        Wire.Reply info = Wire.exchange(open.address(), http(open),
                Auth.soapPost("cam", Auth.soap("GetDeviceInformation", null, null), ""));
        Wire.Reply closed = Wire.exchange(camera.address(), http(camera),
                Auth.soapPost("cam", Auth.soap("GetDeviceInformation", null, null), ""));

        assertThat(info.text()).contains("<tds:Manufacturer>Uniview</tds:Manufacturer>");
        assertThat(closed.status()).isEqualTo(401);
    }
}
