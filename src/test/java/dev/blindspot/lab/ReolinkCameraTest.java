package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.http;
import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.testing.MutableClock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Reolink camera and NVR against the samples reolink/api_* and rtsp/reolink_live555_*. */
class ReolinkCameraTest {

    private static final String API = "/cgi-bin/api.cgi";
    private static final Pattern TOKEN = Pattern.compile("\"name\" : \"([0-9a-f]{15})\"");
    private static final String BLANK_LOGIN =
            "[{\"cmd\":\"Login\",\"action\":0,\"param\":{\"User\":{\"userName\":\"admin\",\"password\":\"\"}}}]";

    private static final MutableClock CLOCK = new MutableClock(TestLabs.T0);
    private static RunningLab lab;
    private static LabDevice camera;
    private static LabDevice nvr;
    private static LabDevice sessions;

    @BeforeAll
    static void start() {
        lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.REOLINK_CAMERA),
                DeviceSpec.defaults(DeviceKind.REOLINK_NVR), DeviceSpec.defaults(DeviceKind.REOLINK_CAMERA)),
                Vendors2.options(1, CLOCK));
        camera = lab.devices().get(0);
        nvr = lab.devices().get(1);
        sessions = lab.devices().get(2);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void servicesOnTheRealPortsAndTheFactoryPasswordPlanted() {
        assertThat(camera.ports()).containsEntry("http", 80).containsEntry("https", 443).containsEntry("rtsp", 554)
                .containsEntry("onvif", 8000).containsEntry("reolink-media", 9000);
        // admin/blank is reachable through the JSON API only, which the credential pass now speaks
        assertThat(camera.failing()).containsExactly("default-credentials-accepted");
        assertThat(camera.spec().password()).isEmpty();
        assertThat(nvr.deviceClass().wireName()).isEqualTo("recorder");
    }

    @Test
    void rootIsTheWebClientTitledReolink() throws Exception {
        Wire.Reply root = Wire.exchange(camera.address(), http(camera), "GET / HTTP/1.1\r\nHost: cam\r\n\r\n");

        assertThat(root.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(root.text()).contains("<title>Reolink</title>");
        assertThat(root.header("WWW-Authenticate")).isEmpty();
    }

    @Test
    void blankPasswordLoginAnswersTokenInTheFirmwareLayoutAndIsCounted() throws Exception {
        Wire.Reply reply = Wire.exchange(camera.address(), http(camera),
                Vendors2.post("cam", API + "?cmd=Login&token=null", BLANK_LOGIN));

        assertThat(reply.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(reply.header("Content-Type")).contains("text/html");
        Matcher token = TOKEN.matcher(reply.text());
        assertThat(token.find()).isTrue();
        String sample = Samples.text("reolink/api_Login_200_success_RLC-511.json");
        assertThat(reply.text()).isEqualTo(sample.replace("49982c56fcf48ce", token.group(1)));
        assertThat(lab.attempts(camera.address(), LoginProtocol.HTTP_API).get("admin").accepted()).isPositive();
    }

    @Test
    void wrongPasswordIsLoginFailedAndMalformedBodyIsTheCapturedParamError() throws Exception {
        int failedBefore = failed(camera, "admin");
        Wire.Reply wrong = Wire.exchange(camera.address(), http(camera), Vendors2.post("cam",
                API + "?cmd=Login&token=null", BLANK_LOGIN.replace("\"password\":\"\"", "\"password\":\"guess\"")));
        Wire.Reply malformed = Wire.exchange(camera.address(), http(camera),
                Vendors2.post("cam", API + "?cmd=Login&token=null", "[{\"cmd\":\"Login\",\"param\":{}}]"));

        JsonNode error = Vendors2.json(wrong.text()).get(0);
        assertThat(error.path("code").asInt()).isEqualTo(1);
        assertThat(error.path("error").path("detail").asText()).isEqualTo("login failed");
        assertThat(error.path("error").path("rspCode").asInt()).isEqualTo(-7);
        assertThat(malformed.text()).isEqualTo(Samples.text("reolink/api_Login_error_param_error_RLC-510A.json"));
        assertThat(failed(camera, "admin")).isEqualTo(failedBefore + 1);
    }

    @Test
    void commandsWithoutTokenSayPleaseLoginFirst() throws Exception {
        Wire.Reply reply = Wire.exchange(camera.address(), http(camera),
                Vendors2.post("cam", API + "?cmd=Logout", "[{\"cmd\":\"Logout\",\"action\":0,\"param\":{}}]"));
        Wire.Reply forged = Wire.exchange(camera.address(), http(camera), Vendors2.post("cam",
                API + "?cmd=GetDevInfo&token=0123456789abcde", "[{\"cmd\":\"GetDevInfo\",\"action\":0,\"param\":{}}]"));

        assertThat(Vendors2.json(reply.text()))
                .isEqualTo(Vendors2.json(Samples.text("reolink/api_Logout_error_please_login_first.json")));
        assertThat(reply.text()).startsWith("[\n   {\n      \"cmd\" : \"Logout\",\n");
        assertThat(Vendors2.json(forged.text()).get(0).path("error").path("detail").asText())
                .isEqualTo("please login first");
    }

    @Test
    void afterLoginTheApiGuideCommandsAnswerAsTheSamples() throws Exception {
        String token = login(camera);
        String commands = "[{\"cmd\":\"GetDevInfo\",\"action\":0,\"param\":{}},{\"cmd\":\"GetP2p\",\"action\":1,"
                + "\"param\":{}},{\"cmd\":\"GetUpnp\",\"action\":1,\"param\":{}},{\"cmd\":\"GetDdns\",\"action\":1,"
                + "\"param\":{}},{\"cmd\":\"GetNetPort\",\"action\":0,\"param\":{}},{\"cmd\":\"GetUser\",\"action\":1,"
                + "\"param\":{}},{\"cmd\":\"GetRtspUrl\",\"action\":0,\"param\":{\"channel\":1}}]";
        Wire.Reply reply = Wire.exchange(camera.address(), http(camera),
                Vendors2.post("cam", API + "?token=" + token, commands));
        JsonNode answers = Vendors2.json(reply.text());

        assertThat(answers).hasSize(7);
        ObjectNode devInfo = (ObjectNode) sample("api_GetDevInfo_RLC-411WS.json");
        ((ObjectNode) devInfo.path("value").path("DevInfo")).put("serial",
                answers.get(0).path("value").path("DevInfo").path("serial").asText());
        assertThat(answers.get(0)).isEqualTo(devInfo);
        assertThat(answers.get(0).path("value").path("DevInfo").path("serial").asText()).matches("\\d{14}");

        ObjectNode p2p = (ObjectNode) sample("api_GetP2p_apiguide.json");
        String uid = answers.get(1).path("value").path("P2p").path("uid").asText();
        assertThat(uid).matches("95270000[0-9A-Z]{8}");
        ((ObjectNode) p2p.path("value").path("P2p")).put("uid", uid);
        // "value" carries the spec's switches (all off by default; issue 7), "initial" the factory values of the guide
        ((ObjectNode) p2p.path("value").path("P2p")).put("enable", 0);
        assertThat(answers.get(1)).isEqualTo(p2p);
        assertThat(answers.get(2)).isEqualTo(sample("api_GetUpnp_apiguide.json"));
        ObjectNode ddns = (ObjectNode) sample("api_GetDdns_apiguide.json");
        ((ObjectNode) ddns.path("value").path("Ddns")).put("enable", 0);
        assertThat(answers.get(3)).isEqualTo(ddns);

        ObjectNode netPort = (ObjectNode) sample("api_GetNetPort_apiguide.json");
        ((ObjectNode) netPort.path("value").path("NetPort")).put("httpEnable", 1);
        assertThat(answers.get(4)).isEqualTo(netPort);
        assertThat(answers.get(5)).isEqualTo(sample("api_GetUser_apiguide.json"));
        assertThat(reply.text()).contains("\"level\" : [ \"guest\", \"admin\" ]");

        ObjectNode rtspUrl = (ObjectNode) sample("api_GetRtspUrl_apiguide.json");
        ((ObjectNode) rtspUrl.path("value").path("rtspUrl"))
                .put("mainStream", "rtsp://" + camera.address() + ":554/Preview_02_main")
                .put("subStream", "rtsp://" + camera.address() + ":554/Preview_02_sub");
        assertThat(answers.get(6)).isEqualTo(rtspUrl);
    }

    @Test
    void nvrReportsTheApiGuidesNvrDeviceInformation() throws Exception {
        String token = login(nvr);
        Wire.Reply reply = Wire.exchange(nvr.address(), http(nvr), Vendors2.post("nvr", API + "?token=" + token,
                "[{\"cmd\":\"GetDevInfo\",\"action\":0,\"param\":{}}]"));
        JsonNode answer = Vendors2.json(reply.text()).get(0);

        ObjectNode expected = (ObjectNode) sample("api_GetDevInfo_NVR_RLN16-410_apiguide.json");
        ((ObjectNode) expected.path("value").path("DevInfo")).put("serial",
                answer.path("value").path("DevInfo").path("serial").asText());
        assertThat(answer).isEqualTo(expected);
    }

    @Test
    void loginsBeyondTheSessionLimitAnswerMaxSession() throws Exception {
        for (int i = 0; i < 8; i++) {
            login(sessions);
        }
        Wire.Reply reply = Wire.exchange(sessions.address(), http(sessions),
                Vendors2.post("cam", API + "?cmd=Login&token=null", BLANK_LOGIN));

        assertThat(Vendors2.json(reply.text()))
                .isEqualTo(Vendors2.json(Samples.text("reolink/api_Login_error_max_session.json")));
    }

    @Test
    void userAndPasswordInTheQueryAreALoginAttemptToo() throws Exception {
        int failedBefore = failed(camera, "admin");
        Wire.Reply ok = Wire.exchange(camera.address(), http(camera),
                "GET " + API + "?cmd=GetUpnp&user=admin&password= HTTP/1.1\r\nHost: cam\r\n\r\n");
        Wire.Reply wrong = Wire.exchange(camera.address(), http(camera),
                "GET " + API + "?cmd=GetUpnp&user=admin&password=x HTTP/1.1\r\nHost: cam\r\n\r\n");

        assertThat(Vendors2.json(ok.text()).get(0)).isEqualTo(sample("api_GetUpnp_apiguide.json"));
        assertThat(Vendors2.json(wrong.text()).get(0).path("error").path("rspCode").asInt()).isEqualTo(-7);
        assertThat(failed(camera, "admin")).isEqualTo(failedBefore + 1);
    }

    @Test
    void httpsServesTheSameApiAndTokensWorkOnBothPorts() throws Exception {
        String answer = Vendors2.tlsExchange(camera.address(), camera.ports().get("https"),
                Vendors2.post("cam", API + "?cmd=Login&token=null", BLANK_LOGIN));
        Matcher token = TOKEN.matcher(answer);
        assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n");
        assertThat(token.find()).isTrue();

        Wire.Reply overHttp = Wire.exchange(camera.address(), http(camera), Vendors2.post("cam",
                API + "?token=" + token.group(1), "[{\"cmd\":\"GetUpnp\",\"action\":1,\"param\":{}}]"));
        assertThat(Vendors2.json(overHttp.text()).get(0)).isEqualTo(sample("api_GetUpnp_apiguide.json"));
    }

    @Test
    void rtspIsLive555WithItsRealmAndTheCapturedSdp() throws Exception {
        String url = "rtsp://" + camera.address() + ":" + rtsp(camera) + "/h264Preview_01_main";
        try (Wire wire = Wire.connect(camera.address(), rtsp(camera))) {
            Wire.Reply options = wire.send("OPTIONS " + url + " RTSP/1.0\r\nCSeq: 2\r\n\r\n");
            Wire.Reply optionsSample = Samples.reply("rtsp/reolink_live555_options_200.txt");
            assertThat(options.statusLine()).isEqualTo(optionsSample.statusLine());
            assertThat(options.names()).isEqualTo(optionsSample.names());
            assertThat(options.header("Public")).isEqualTo(optionsSample.header("Public"));
            assertThat(options.header("Date").orElseThrow()).matches("\\w{3}, \\w{3} \\d{2} \\d{4} [\\d:]{8} GMT");

            Wire.Reply challenge = wire.send("DESCRIBE " + url + " RTSP/1.0\r\nCSeq: 3\r\n\r\n");
            Wire.Reply challengeSample = Samples.reply("rtsp/reolink_live555_describe_401_digest.txt");
            assertThat(challenge.statusLine()).isEqualTo(challengeSample.statusLine());
            assertThat(challenge.names()).isEqualTo(challengeSample.names());
            String header = challenge.header("WWW-Authenticate").orElseThrow();
            assertThat(header).matches("Digest realm=\"LIVE555 Streaming Media\", nonce=\"[0-9a-f]{32}\"");

            Wire.Reply describe = wire.send("DESCRIBE " + url + " RTSP/1.0\r\nCSeq: 4\r\nAuthorization: "
                    + Auth.digest(header, "DESCRIBE", url, "admin", "") + "\r\n\r\n");
            Wire.Reply describeSample = Samples.reply("rtsp/reolink_live555_describe_200_sdp_partial.txt");
            assertThat(describe.statusLine()).isEqualTo("RTSP/1.0 200 OK");
            assertThat(describe.names()).isEqualTo(describeSample.names());
            assertThat(describe.header("Content-Base")).contains(url.replace("rtsp://", "rtsp://") + "/");
            String sdp = describe.text().replaceFirst("o=- \\d+ 1 IN IP4 \\S+", "o=-");
            String sampleSdp = describeSample.text().replaceFirst("o=- \\d+ 1 IN IP4 \\S+", "o=-");
            // the lab streams its own clip, so only the H.264 parameter sets differ from the capture
            assertThat(Samples.withoutParameterSets(sdp)).startsWith(Samples.withoutParameterSets(sampleSdp))
                    .contains("a=control:trackID=2\r\n");
            String withSampleParameters = sdp
                    .replaceFirst("sprop-parameter-sets=[^;\\s]*", java.util.regex.Matcher.quoteReplacement(
                            sampleSdp.replaceFirst("(?s).*?(sprop-parameter-sets=[^;\\s]*).*", "$1")))
                    .replaceFirst("profile-level-id=[0-9A-Fa-f]{6}",
                            sampleSdp.replaceFirst("(?s).*?(profile-level-id=[0-9A-Fa-f]{6}).*", "$1"));
            // with the sample's own o= line and parameter sets the body is exactly the 717 bytes its
            // Content-Length announced
            assertThat(withSampleParameters.replace("o=-", "o=- 1629795645777963 1 IN IP4 192.168.1.48").length())
                    .isEqualTo(Integer.parseInt(describeSample.header("Content-Length").orElseThrow()));
        }
        assertThat(lab.attempts(camera.address(), LoginProtocol.RTSP_DIGEST).get("admin").accepted()).isPositive();
    }

    @Test
    void nvrStreamsOneRoutePerChannelAndUnknownRoutesAreStreamNotFound() throws Exception {
        String base = "rtsp://" + nvr.address() + ":" + rtsp(nvr);
        try (Wire wire = Wire.connect(nvr.address(), rtsp(nvr))) {
            String challenge = wire.send("DESCRIBE " + base + "/h264Preview_16_sub RTSP/1.0\r\nCSeq: 1\r\n\r\n")
                    .header("WWW-Authenticate").orElseThrow();
            for (String path : List.of("/h264Preview_16_sub", "/Preview_03_main", "/h264Preview_17_main")) {
                Wire.Reply reply = wire.send("DESCRIBE " + base + path + " RTSP/1.0\r\nCSeq: 2\r\nAuthorization: "
                        + Auth.digest(challenge, "DESCRIBE", base + path, "admin", "") + "\r\n\r\n");
                assertThat(reply.statusLine()).as(path).isEqualTo(path.contains("17")
                        ? "RTSP/1.0 404 Stream Not Found" : "RTSP/1.0 200 OK");
            }
        }
    }

    @Test
    void onvifOnPort8000AnswersTimeButNotIdentityWithoutCredentials() throws Exception {
        int port = camera.ports().get("onvif");
        Wire.Reply time = Wire.exchange(camera.address(), port,
                Auth.soapPost("cam", Auth.soap("GetSystemDateAndTime", null, null), ""));
        Wire.Reply info = Wire.exchange(camera.address(), port,
                Auth.soapPost("cam", Auth.soap("GetDeviceInformation", null, null), ""));
        Wire.Reply authed = Wire.exchange(camera.address(), port,
                Auth.soapPost("cam", Auth.soap("GetDeviceInformation", "admin", ""), ""));

        assertThat(time.status()).isEqualTo(200);
        assertThat(info.status()).isEqualTo(401);
        assertThat(authed.text()).contains("<tds:Manufacturer>Reolink</tds:Manufacturer>", "RLC-411WS");
    }

    private static String login(LabDevice device) throws Exception {
        Wire.Reply reply = Wire.exchange(device.address(), http(device),
                Vendors2.post("cam", API + "?cmd=Login&token=null", BLANK_LOGIN));
        Matcher token = TOKEN.matcher(reply.text());
        assertThat(token.find()).as(reply.text()).isTrue();
        return token.group(1);
    }

    private static int failed(LabDevice device, String account) {
        return lab.attempts(device.address(), LoginProtocol.HTTP_API).getOrDefault(account, AccountAttempts.NONE)
                .failed();
    }

    private static JsonNode sample(String name) throws Exception {
        return Vendors2.json(Samples.text("reolink/" + name)).get(0);
    }
}
