package dev.blindspot.lab;

import dev.blindspot.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class HikvisionCameraTest {

    /** WWW-Authenticate of the Webs firmware (samples hikvision/http_401_*). */
    private static final Pattern DIGEST_CHALLENGE = Pattern.compile("Digest realm=\"[0-9a-fX]{24}\", domain=\"::\", "
            + "qop=\"auth\", nonce=\"[0-9a-fX]{32}:[0-9X]{13}\", opaque=\"\", algorithm=\"MD5\", stale=\"FALSE\"");
    private static final Pattern RTSP_DIGEST = Pattern.compile(
            "Digest realm=\"IP Camera\\(\\w{5}\\)\", nonce=\"[0-9a-f]{32}\", stale=\"FALSE\"");

    private static final MutableClock CLOCK = new MutableClock(TestLabs.T0);
    private static RunningLab lab;
    private static LabDevice camera;
    private static LabDevice locking;
    private static LabDevice current;

    @BeforeAll
    static void start() {
        DeviceSpec spec = DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA);
        lab = Lab.start(List.of(spec, spec.withLockout(3, 30), spec.withModel("DS-2CD2386G2-IU")
                .withFirmware("V5.7.18 build 240826").withPassword("Hk4#Rm9!wQ2zT")), TestLabs.options(CLOCK));
        camera = lab.devices().get(0);
        locking = lab.devices().get(1);
        current = lab.devices().get(2);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void rootIsTheWebUiEntryPageWithTheWebsHeaderLayout() throws Exception {
        Wire.Reply reply = Wire.exchange(camera.address(), http(camera), "GET / HTTP/1.1\r\nHost: cam\r\n\r\n");

        assertThat(reply.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(reply.names()).containsExactly("Date", "Server", "ETag", "Content-Length", "Content-Type",
                "Connection", "Keep-Alive");
        assertThat(reply.header("Server")).contains("Webs");
        assertThat(reply.header("Keep-Alive")).contains("timeout=60, max=99");
        assertThat(reply.header("Content-Length")).contains("480");
        assertThat(reply.body()).hasSize(480);
        assertThat(reply.text()).contains("<title></title>", "./doc/page/login.asp?_");
        assertThat(reply.header("Date")).isPresent();
    }

    @Test
    void isapiWithoutCredentialsIsChallengedAsTheFirmwareDoes() throws Exception {
        Wire.Reply sample = Samples.reply("hikvision/http_401_userCheck_locked_Webs.http");
        Wire.Reply nvrSample = Samples.reply("hikvision/http_401_ISAPI_System_status_nvr_DNVRS-Webs.http");

        Wire.Reply reply = Wire.exchange(camera.address(), http(camera),
                "GET /ISAPI/System/deviceInfo HTTP/1.1\r\nHost: cam\r\n\r\n");

        assertThat(reply.statusLine()).isEqualTo(sample.statusLine());
        List<String> digestOnly = new ArrayList<>(sample.names());
        digestOnly.remove(digestOnly.size() - 1); // the sample device also offered Basic
        assertThat(reply.names()).isEqualTo(digestOnly);
        for (String same : List.of("Server", "X-Frame-Options", "Cache-Control", "Content-Type", "Connection")) {
            assertThat(reply.header(same)).as(same).isEqualTo(sample.header(same));
        }
        assertThat(sample.header("WWW-Authenticate").orElseThrow()).matches(DIGEST_CHALLENGE);
        assertThat(nvrSample.header("WWW-Authenticate").orElseThrow()).matches(DIGEST_CHALLENGE);
        assertThat(reply.header("WWW-Authenticate").orElseThrow()).matches(DIGEST_CHALLENGE);
        assertThat(reply.body()).isEqualTo(nvrSample.body());
    }

    @Test
    void deviceInfoOverDigestIsTheSampleXmlWithTheSpecModelAndFirmware() throws Exception {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(camera.address(), http(camera)),
                new UsernamePasswordCredentials("admin", "12345".toCharArray()));
        String xml;
        int status;
        try (CloseableHttpClient client = HttpClients.custom().setDefaultCredentialsProvider(credentials).build()) {
            HttpGet get = new HttpGet("http://" + camera.address() + ":" + http(camera) + "/ISAPI/System/deviceInfo");
            var result = client.execute(get, response -> new Object[] {response.getCode(),
                EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)});
            status = (int) result[0];
            xml = (String) result[1];
        }

        assertThat(status).isEqualTo(200);
        Element info = parse(xml);
        // V5.2.0 firmware: the element set of the real V5.2.0 unit, not the later layout with manufacturer/OEMCode
        String sampleText = Samples.text("hikvision/deviceInfo_ipc_oldfw_DS-2CD2532F-IWS.xml");
        Element sample = parse(sampleText);
        assertThat(childNames(info)).isEqualTo(childNames(sample))
                .isNotEqualTo(childNames(parse(Samples.text("hikvision/deviceInfo_ipc_DS-2CD2386G2-IU.xml"))));
        assertThat(info.getNamespaceURI()).isEqualTo(sample.getNamespaceURI());
        String normalised = xml;
        for (String field : List.of("deviceName", "deviceID", "serialNumber", "macAddress")) {
            normalised = normalised.replace(child(info, field), child(sample, field));
        }
        assertThat(normalised).isEqualTo(sampleText);
        assertThat(child(info, "model")).isEqualTo("DS-2CD2532F-IWS");
        assertThat(child(info, "firmwareVersion")).isEqualTo("V5.2.0");
        assertThat(child(info, "firmwareReleasedDate")).isEqualTo("build 140721");
        assertThat(child(info, "serialNumber")).startsWith("DS-2CD2532F-IWS");
        assertThat(lab.attempts(camera.address(), LoginProtocol.HTTP_DIGEST).get("admin").accepted()).isPositive();
    }

    @Test
    void currentFirmwareDeviceInfoAndAdminAccessesFollowTheirSamples() throws Exception {
        Wire.Reply info = digestGet(current, "/ISAPI/System/deviceInfo", "admin", current.spec().password());
        Wire.Reply accesses = digestGet(current, "/ISAPI/Security/adminAccesses", "admin", current.spec().password());

        String sampleText = Samples.text("hikvision/deviceInfo_ipc_DS-2CD2386G2-IU.xml");
        Element got = parse(info.text());
        Element sample = parse(sampleText);
        assertThat(childNames(got)).isEqualTo(childNames(sample));
        String normalised = info.text();
        for (String field : List.of("deviceName", "deviceID", "serialNumber", "macAddress", "subSerialNumber")) {
            normalised = normalised.replace(child(got, field), child(sample, field));
        }
        assertThat(normalised).isEqualTo(sampleText);
        assertThat(accesses.text()).isEqualTo(Samples.text("hikvision/Security_adminAccesses_ipc_DS-2CD2443G0-IW.xml"));
    }

    @Test
    void userCheckVerifiesDigestAndCountsEveryAttempt() throws Exception {
        String path = "/ISAPI/Security/userCheck";
        AccountAttempts before = lab.attempts(camera.address(), LoginProtocol.HTTP_DIGEST)
                .getOrDefault("admin", AccountAttempts.NONE);

        Wire.Reply right = digestGet(camera, path, "admin", "12345");
        Wire.Reply wrong = digestGet(camera, path, "admin", "123456");
        Wire.Reply basic = Wire.exchange(camera.address(), http(camera), "GET " + path + " HTTP/1.1\r\nHost: cam\r\n"
                + "Authorization: " + Auth.basic("admin", "12345") + "\r\n\r\n");

        assertThat(right.status()).isEqualTo(200);
        assertThat(right.text()).contains("<userCheck>", "<statusValue>200</statusValue>", "<statusString>OK</statusString>");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(Samples.reply("hikvision/http_401_ISAPI_System_status_nvr_DNVRS-Webs.http").body());
        assertThat(basic.status()).as("Basic is refused by a Digest-only device").isEqualTo(401);

        AccountAttempts after = lab.attempts(camera.address(), LoginProtocol.HTTP_DIGEST).get("admin");
        assertThat(after.accepted()).isEqualTo(before.accepted() + 1);
        assertThat(after.failed()).isEqualTo(before.failed() + 1);
        assertThat(lab.attempts(camera.address(), LoginProtocol.HTTP_BASIC).get("admin").failed()).isPositive();
    }

    @Test
    void lockoutEngagesAfterTheThresholdAndAnswersWithTheLockedUserCheck() throws Exception {
        String path = "/ISAPI/Security/userCheck";
        Wire.Reply sample = Samples.reply("hikvision/http_401_userCheck_locked_Webs.http");

        assertThat(digestGet(locking, path, "admin", "wrong1").text()).doesNotContain("lockStatus");
        assertThat(digestGet(locking, path, "admin", "wrong2").text()).doesNotContain("lockStatus");
        Wire.Reply third = digestGet(locking, path, "admin", "wrong3");
        Wire.Reply rightButLocked = digestGet(locking, path, "admin", "12345");
        CLOCK.advance(Duration.ofMinutes(10));
        Wire.Reply later = digestGet(locking, path, "admin", "12345");
        CLOCK.advance(Duration.ofMinutes(21));
        Wire.Reply unlocked = digestGet(locking, path, "admin", "12345");

        assertThat(third.status()).isEqualTo(401);
        assertThat(third.text()).isEqualTo(sample.text().replace("<unlockTime>210</unlockTime>",
                "<unlockTime>1800</unlockTime>"));
        List<String> digestOnly = new ArrayList<>(sample.names());
        digestOnly.remove(digestOnly.size() - 1);
        assertThat(third.names()).isEqualTo(digestOnly);
        assertThat(rightButLocked.status()).isEqualTo(401);
        assertThat(rightButLocked.text()).contains("<lockStatus>lock</lockStatus>", "<unlockTime>1800</unlockTime>");
        assertThat(later.text()).contains("<unlockTime>1200</unlockTime>");
        assertThat(unlocked.status()).isEqualTo(200);
        AccountAttempts admin = lab.attempts(locking.address()).get("admin");
        assertThat(admin).isEqualTo(new AccountAttempts(1, 5));
    }

    @Test
    void rtspChallengesDigestAndBasicThenServesTheSampleSdp() throws Exception {
        String base = "rtsp://" + camera.address() + ":" + rtsp(camera);
        try (Wire wire = Wire.connect(camera.address(), rtsp(camera))) {
            Wire.Reply options = wire.send("OPTIONS " + base + "/ RTSP/1.0\r\nCSeq: 1\r\n\r\n");
            Wire.Reply optionsSample = Samples.reply("rtsp/hikvision_options_200_exoplayer.txt");
            assertThat(options.statusLine()).isEqualTo(optionsSample.statusLine());
            assertThat(options.names()).isEqualTo(optionsSample.names());
            assertThat(options.header("Public")).isEqualTo(optionsSample.header("Public"));
            assertThat(options.rawHead()).contains("\r\nDate:  ");

            Wire.Reply random = wire.send("DESCRIBE " + base + "/blindspot-1a2b3c4d RTSP/1.0\r\nCSeq: 2\r\n"
                    + "Accept: application/sdp\r\n\r\n");
            Wire.Reply challengeSample = Samples.reply("rtsp/hikvision_describe_401_digest_basic.txt");
            assertThat(random.statusLine()).isEqualTo(challengeSample.statusLine());
            assertThat(random.names()).isEqualTo(challengeSample.names());
            assertThat(challengeSample.all("WWW-Authenticate").get(0)).matches(RTSP_DIGEST);
            String digest = random.all("WWW-Authenticate").get(0);
            assertThat(digest).matches(RTSP_DIGEST);
            String realm = Auth.params(digest).get("realm");
            assertThat(random.all("WWW-Authenticate").get(1)).isEqualTo("Basic realm=\"" + realm + "\"");

            String stream = base + "/Streaming/Channels/101";
            Wire.Reply describe = wire.send("DESCRIBE " + stream + " RTSP/1.0\r\nCSeq: 3\r\nAuthorization: "
                    + Auth.digest(digest, "DESCRIBE", stream, "admin", "12345") + "\r\n\r\n");
            Wire.Reply describeSample = Samples.reply("rtsp/hikvision_describe_200_sdp.txt");
            assertThat(describe.statusLine()).isEqualTo("RTSP/1.0 200 OK");
            assertThat(describe.names()).isEqualTo(describeSample.names());
            // the sample's SDP byte for byte, except the H.264 parameter sets: those of the clip the lab streams
            assertThat(Samples.withoutParameterSets(describe.text()))
                    .isEqualTo(Samples.withoutParameterSets(describeSample.text()));
            assertThat(describe.text()).contains("sprop-parameter-sets="
                    + dev.blindspot.lab.media.H264Clip.bundled().spropParameterSets() + "\r\n");

            String unknown = base + "/blindspot-1a2b3c4d";
            Wire.Reply missing = wire.send("DESCRIBE " + unknown + " RTSP/1.0\r\nCSeq: 4\r\nAuthorization: "
                    + Auth.digest(digest, "DESCRIBE", unknown, "admin", "12345") + "\r\n\r\n");
            assertThat(missing.statusLine()).isEqualTo("RTSP/1.0 404 Not Found");

            String track = stream + "/trackID=1";
            Wire.Reply setup = wire.send("SETUP " + track + " RTSP/1.0\r\nCSeq: 5\r\nAuthorization: "
                    + Auth.digest(digest, "SETUP", track, "admin", "12345")
                    + "\r\nTransport: RTP/AVP/TCP;unicast;interleaved=0-1\r\n\r\n");
            Wire.Reply setupSample = Samples.reply("rtsp/hikvision_setup_200.txt");
            assertThat(setup.names()).isEqualTo(setupSample.names());
            assertThat(setup.rawHead()).containsPattern("\r\nSession:       \\d{10};timeout=60\r\n");
            assertThat(setupSample.rawHead()).containsPattern("\r\nSession:       \\d{10};timeout=60\r\n");
            assertThat(setup.header("Transport").orElseThrow())
                    .matches("RTP/AVP/TCP;unicast;interleaved=0-1;ssrc=[0-9a-f]{8};mode=\"play\"");

            Wire.Reply basic = wire.send("DESCRIBE " + stream + " RTSP/1.0\r\nCSeq: 6\r\nAuthorization: "
                    + Auth.basic("admin", "12345") + "\r\n\r\n");
            assertThat(basic.status()).as("Hikvision RTSP also takes the Basic it offers").isEqualTo(200);
        }
        assertThat(lab.attempts(camera.address(), LoginProtocol.RTSP_DIGEST).get("admin").accepted()).isEqualTo(3);
        assertThat(lab.attempts(camera.address(), LoginProtocol.RTSP_BASIC).get("admin").accepted()).isEqualTo(1);
    }

    @Test
    void onvifAnswersTheTimeBeforeAuthAndDeviceInformationOnlyWithCredentials() throws Exception {
        String host = camera.address();
        Wire.Reply time = Wire.exchange(host, http(camera), Auth.soapPost(host,
                Auth.soap("GetSystemDateAndTime", null, null), ""));
        Wire.Reply anonymous = Wire.exchange(host, http(camera), Auth.soapPost(host,
                Auth.soap("GetDeviceInformation", null, null), ""));
        Wire.Reply wrong = Wire.exchange(host, http(camera), Auth.soapPost(host,
                Auth.soap("GetDeviceInformation", "admin", "nope"), ""));
        Wire.Reply right = Wire.exchange(host, http(camera), Auth.soapPost(host,
                Auth.soap("GetDeviceInformation", "admin", "12345"), ""));

        assertThat(time.status()).isEqualTo(200);
        assertThat(time.text()).contains("<tds:GetSystemDateAndTimeResponse>", "<tt:Year>"
                + CLOCK.instant().atZone(ZoneOffset.UTC).getYear() + "</tt:Year>");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate").orElseThrow()).matches(DIGEST_CHALLENGE);
        assertThat(anonymous.text()).contains("ter:NotAuthorized", "env:Sender");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.text()).contains("<tds:Manufacturer>HIKVISION</tds:Manufacturer>",
                "<tds:Model>DS-2CD2532F-IWS</tds:Model>", "<tds:FirmwareVersion>V5.2.0 build 140721</tds:FirmwareVersion>");
        assertThat(lab.attempts(host, LoginProtocol.ONVIF_USERNAME_TOKEN).get("admin"))
                .isEqualTo(new AccountAttempts(1, 1));

        String challenge = anonymous.header("WWW-Authenticate").orElseThrow();
        Wire.Reply digest = Wire.exchange(host, http(camera), Auth.soapPost(host, Auth.soap("GetDeviceInformation",
                null, null), "Authorization: " + Auth.digest(challenge, "POST", "/onvif/device_service", "admin",
                "12345") + "\r\n"));
        assertThat(digest.status()).isEqualTo(200);
        assertThat(lab.attempts(host, LoginProtocol.ONVIF_HTTP_DIGEST).get("admin").accepted()).isEqualTo(1);
    }

    @Test
    void runsTheServicesOfTheRealCameraOnTheirPorts() throws Exception {
        assertThat(camera.ports()).containsEntry("http", 80).containsEntry("rtsp", 554).containsEntry("onvif", 80)
                .containsEntry("hik-sdk", 8000).doesNotContainKey("telnet");
        try (Socket sdk = new Socket(camera.address(), camera.ports().get("hik-sdk"))) {
            assertThat(sdk.isConnected()).isTrue();
        }
    }

    static Wire.Reply digestGet(LabDevice device, String path, String user, String password) throws Exception {
        try (Wire wire = Wire.connect(device.address(), http(device))) {
            Wire.Reply challenge = wire.send("GET " + path + " HTTP/1.1\r\nHost: cam\r\n\r\n");
            String header = challenge.header("WWW-Authenticate").orElseThrow();
            return wire.send("GET " + path + " HTTP/1.1\r\nHost: cam\r\nAuthorization: "
                    + Auth.digest(header, "GET", path, user, password) + "\r\n\r\n");
        }
    }

    static int http(LabDevice device) {
        return device.ports().get("http");
    }

    static int rtsp(LabDevice device) {
        return device.ports().get("rtsp");
    }

    static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    static List<String> childNames(Element element) {
        List<String> names = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    static String child(Element element, String name) {
        return element.getElementsByTagNameNS("*", name).item(0).getTextContent();
    }
}
