package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.child;
import static dev.blindspot.lab.HikvisionCameraTest.childNames;
import static dev.blindspot.lab.HikvisionCameraTest.http;
import static dev.blindspot.lab.HikvisionCameraTest.parse;
import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The Hikvision NVR against its samples (hikvision/*_nvr_*, http_*_DNVRS-Webs.http). */
class HikvisionNvrTest {

    private static final Pattern DIGEST_CHALLENGE = Pattern.compile("Digest realm=\"[0-9a-fX]{24}\", domain=\"::\", "
            + "qop=\"auth\", nonce=\"[0-9a-fX]{32}:[0-9X]{13}\", opaque=\"\", algorithm=\"MD5\", stale=\"FALSE\"");

    private static RunningLab lab;
    private static LabDevice nvr;
    private static LabDevice weak;

    @BeforeAll
    static void start() {
        DeviceSpec spec = DeviceSpec.defaults(DeviceKind.HIKVISION_NVR);
        lab = Lab.start(List.of(spec, spec.withPassword("12345")), TestLabs.options());
        nvr = lab.devices().get(0);
        weak = lab.devices().get(1);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void isapiWithoutCredentialsAnswersTheDnvrsWebsCaptureByteForByteButForDateAndNonce() throws Exception {
        Wire.Reply sample = Samples.reply("hikvision/http_401_ISAPI_System_status_nvr_DNVRS-Webs.http");
        for (String path : List.of("/ISAPI/System/deviceInfo", "/ISAPI/Security/userCheck", "/ISAPI/System/status")) {
            Wire.Reply reply = Wire.exchange(nvr.address(), http(nvr), "GET " + path + " HTTP/1.1\r\nHost: nvr\r\n\r\n");

            assertThat(reply.statusLine()).isEqualTo(sample.statusLine());
            assertThat(reply.names()).as(path).isEqualTo(sample.names());
            for (String same : List.of("Server", "Cache-Control", "Content-Length", "Content-Type", "Connection",
                    "Keep-Alive")) {
                assertThat(reply.header(same)).as(same).isEqualTo(sample.header(same));
            }
            assertThat(reply.header("WWW-Authenticate").orElseThrow()).matches(DIGEST_CHALLENGE);
            assertThat(sample.header("WWW-Authenticate").orElseThrow()).matches(DIGEST_CHALLENGE);
            assertThat(reply.body()).isEqualTo(sample.body());
        }
    }

    @Test
    void unknownIsapiPathIsA404InTheCapturedLayout() throws Exception {
        Wire.Reply sample = Samples.reply("hikvision/http_404_ISAPI_root_DNVRS-Webs.http");
        Wire.Reply reply = Wire.exchange(nvr.address(), http(nvr), "GET /ISAPI HTTP/1.1\r\nHost: nvr\r\n\r\n");

        assertThat(reply.statusLine()).isEqualTo(sample.statusLine());
        assertThat(reply.names()).isEqualTo(sample.names());
        for (String same : List.of("Server", "Cache-Control", "Content-Type", "Connection", "Keep-Alive")) {
            assertThat(reply.header(same)).as(same).isEqualTo(sample.header(same));
        }
    }

    @Test
    void rootPageIsTheWebUiEntryWithDnvrsWebs() throws Exception {
        Wire.Reply reply = Wire.exchange(nvr.address(), http(nvr), "GET / HTTP/1.1\r\nHost: nvr\r\n\r\n");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Server")).contains("DNVRS-Webs");
        assertThat(reply.names()).doesNotContain("X-Frame-Options");
        assertThat(reply.text()).contains("./doc/page/login.asp?_");
    }

    @Test
    void deviceInfoAndAdminAccessesOverDigestAreTheNvrSamplesWithTheSpecValues() throws Exception {
        Wire.Reply info = HikvisionCameraTest.digestGet(weak, "/ISAPI/System/deviceInfo", "admin", "12345");
        Wire.Reply accesses = HikvisionCameraTest.digestGet(weak, "/ISAPI/Security/adminAccesses", "admin", "12345");

        assertThat(info.status()).isEqualTo(200);
        String sampleText = Samples.text("hikvision/deviceInfo_nvr_DS-7608NXI-I2.xml");
        Element got = parse(info.text());
        Element sample = parse(sampleText);
        assertThat(childNames(got)).isEqualTo(childNames(sample));
        assertThat(got.getNamespaceURI()).isEqualTo(sample.getNamespaceURI()).isEqualTo("http://www.isapi.org/ver20/XMLSchema");
        assertThat(child(got, "model")).isEqualTo("DS-7608NXI-I2/8P/S");
        assertThat(child(got, "deviceType")).isEqualTo("NVR");
        assertThat(child(got, "firmwareVersion")).isEqualTo("V4.62.210");
        assertThat(child(got, "firmwareReleasedDate")).isEqualTo("build 230619");
        assertThat(child(got, "serialNumber")).matches("DS-7608NXI-I2/8P/S\\d{10}CCRRJ\\d{8}WCVU");
        // the bytes are the sample's once the unit's own identifiers are put back
        String normalised = info.text();
        for (String field : List.of("deviceName", "deviceID", "serialNumber", "macAddress")) {
            normalised = normalised.replace(child(got, field), child(sample, field));
        }
        assertThat(normalised).isEqualTo(sampleText);

        assertThat(accesses.status()).isEqualTo(200);
        assertThat(accesses.text()).isEqualTo(Samples.text("hikvision/Security_adminAccesses_nvr_DS-7608NXI-I2.xml")
                .replace("<portNo>10554</portNo>", "<portNo>554</portNo>"));
        assertThat(lab.attempts(weak.address(), LoginProtocol.HTTP_DIGEST).get("admin").accepted()).isEqualTo(2);
    }

    @Test
    void deviceInfoRefusesTheFactoryPasswordWhenTheNvrWasActivatedWithItsOwn() throws Exception {
        Wire.Reply reply = HikvisionCameraTest.digestGet(nvr, "/ISAPI/System/deviceInfo", "admin", "12345");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(lab.attempts(nvr.address(), LoginProtocol.HTTP_DIGEST).get("admin")).isEqualTo(new AccountAttempts(0, 1));
        assertThat(nvr.failing()).isEmpty();
        assertThat(weak.failing()).containsExactly("default-credentials-accepted");
    }

    @Test
    void rtspSdkPortAndOnvifRunAsOnTheRealRecorder() throws Exception {
        assertThat(nvr.ports()).containsEntry("http", 80).containsEntry("rtsp", 554).containsEntry("hik-sdk", 8000)
                .containsEntry("onvif", 80);
        try (Socket sdk = new Socket(nvr.address(), nvr.ports().get("hik-sdk"))) {
            assertThat(sdk.isConnected()).isTrue();
        }
        String base = "rtsp://" + nvr.address() + ":" + rtsp(nvr);
        try (Wire wire = Wire.connect(nvr.address(), rtsp(nvr))) {
            Wire.Reply describe = wire.send("DESCRIBE " + base + "/Streaming/Channels/101 RTSP/1.0\r\nCSeq: 2\r\n\r\n");
            Wire.Reply sample = Samples.reply("rtsp/hikvision_describe_401_digest_basic.txt");
            assertThat(describe.statusLine()).isEqualTo(sample.statusLine());
            assertThat(describe.names()).isEqualTo(sample.names());
            String digest = describe.all("WWW-Authenticate").get(0);
            assertThat(digest).matches("Digest realm=\"[0-9a-f]{24}\", nonce=\"[0-9a-f]{32}\", stale=\"FALSE\"");
            String stream = base + "/Streaming/Channels/101";
            Wire.Reply ok = wire.send("DESCRIBE " + stream + " RTSP/1.0\r\nCSeq: 3\r\nAuthorization: "
                    + Auth.digest(digest, "DESCRIBE", stream, "admin", nvr.spec().password()) + "\r\n\r\n");
            assertThat(ok.status()).isEqualTo(200);
        }
        Wire.Reply time = Wire.exchange(nvr.address(), http(nvr), Auth.soapPost(nvr.address(),
                Auth.soap("GetSystemDateAndTime", null, null), ""));
        Wire.Reply info = Wire.exchange(nvr.address(), http(nvr), Auth.soapPost(nvr.address(),
                Auth.soap("GetDeviceInformation", null, null), ""));
        assertThat(time.status()).isEqualTo(200);
        assertThat(info.status()).isEqualTo(401);
        assertThat(info.header("Server")).contains("DNVRS-Webs");
    }
}
