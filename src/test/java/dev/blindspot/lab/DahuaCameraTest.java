package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.http;
import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dahua current firmware (camera, NVR, Amcrest and Lorex brands) against the dahua/* and rtsp/dahua_* samples. */
class DahuaCameraTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningLab lab;
    private static LabDevice camera;
    private static LabDevice weak;
    private static LabDevice amcrest;
    private static LabDevice lorex;
    private static LabDevice nvr;

    @BeforeAll
    static void start() {
        DeviceSpec spec = DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA);
        lab = Lab.start(List.of(spec, spec.withPassword("admin"),
                spec.withVendor("Amcrest").withModel("IP8M-2496EB").withPassword("admin")
                        .withFeatures(dev.blindspot.lab.Features.NONE.withP2pCloud(true)), // P2P on as in the sample
                spec.withVendor("Lorex").withModel("LNB8005"),
                DeviceSpec.defaults(DeviceKind.DAHUA_NVR).withPassword("admin")), TestLabs.options());
        camera = lab.devices().get(0);
        weak = lab.devices().get(1);
        amcrest = lab.devices().get(2);
        lorex = lab.devices().get(3);
        nvr = lab.devices().get(4);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    // --- RPC2_Login ----------------------------------------------------------------------------------------

    @Test
    void rpc2LoginStepOneIsTheSampledChallenge() throws Exception {
        Wire.Reply reply = rpc2(camera, "{\"method\":\"global.login\",\"params\":{\"userName\":\"admin\","
                + "\"password\":\"\",\"clientType\":\"Web3.0\"},\"id\":1}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode got = JSON.readTree(reply.text());
        JsonNode sample = JSON.readTree(Samples.text("dahua/RPC2_Login_step1_challenge.json"));
        assertThat(fieldNames(got)).isEqualTo(fieldNames(sample));
        assertThat(fieldNames(got.get("params"))).isEqualTo(fieldNames(sample.get("params")));
        assertThat(got.get("error")).isEqualTo(sample.get("error"));
        assertThat(got.at("/params/encryption").asText()).isEqualTo("Default");
        assertThat(got.at("/params/realm").asText()).matches("Login to [0-9A-Z]{15}");
        assertThat(got.at("/params/mac").asText()).matches("3CEF8C[0-9A-F]{6}");
        assertThat(got.at("/params/random").asText()).matches("\\d{7,10}");
        assertThat(got.at("/params/authorization").asText()).matches("[0-9a-f]{40}");
        // current (Web3.0) firmware hands out a 32-hex session string (sample RPC2_Login_step1_challenge_web3.json)
        assertThat(got.get("session").isTextual()).isTrue();
        assertThat(got.get("session").asText()).matches("[0-9a-f]{32}");
        assertThat(JSON.readTree(Samples.text("dahua/RPC2_Login_step1_challenge_web3.json")).get("session").asText())
                .matches("[0-9a-f]{32}");
        // compact, in the firmware's key order: equal to the sample once the per-device values are masked
        assertThat(mask(reply.text())).isEqualTo(mask(Samples.text("dahua/RPC2_Login_step1_challenge.json").strip()));
        // the realm of the JSON login is the realm of RTSP and of the CGI
        assertThat(got.at("/params/realm").asText()).isEqualTo(rtspRealm(camera));
    }

    @Test
    void rpc2LoginStepTwoChecksTheDahuaHashAndCountsEachAttempt() throws Exception {
        AccountAttempts before = lab.attempts(weak.address(), LoginProtocol.DAHUA_RPC2)
                .getOrDefault("admin", AccountAttempts.NONE);
        Wire.Reply wrong = rpc2Login(weak, "admin", "12345");
        Wire.Reply right = rpc2Login(weak, "admin", "admin");

        JsonNode failure = JSON.readTree(wrong.text());
        assertThat(mask(wrong.text())).isEqualTo(mask(Samples.text("dahua/RPC2_Login_step2_failure.json")));
        assertThat(failure.at("/params/remainLoginTimes").asInt()).isEqualTo(4);
        assertThat(mask(right.text())).isEqualTo(mask(Samples.text("dahua/RPC2_Login_step2_success.json")));
        assertThat(JSON.readTree(right.text()).get("result").asBoolean()).isTrue();
        AccountAttempts after = lab.attempts(weak.address(), LoginProtocol.DAHUA_RPC2).get("admin");
        assertThat(after).isEqualTo(before.plus(new AccountAttempts(1, 1)));
    }

    @Test
    void rpc2LoginLocksAfterFiveFailuresAsConfigured() throws Exception {
        List<Integer> remaining = new ArrayList<>();
        JsonNode last = null;
        for (int i = 0; i < 5; i++) {
            last = JSON.readTree(rpc2Login(camera, "admin", "guess" + i).text());
            remaining.add(last.at("/params/remainLoginTimes").asInt());
        }
        JsonNode locked = JSON.readTree(rpc2Login(camera, "admin", camera.spec().password()).text());

        assertThat(remaining.subList(0, 4)).containsExactly(4, 3, 2, 1);
        assertThat(last.at("/error/code").asLong()).isEqualTo(268632081L);
        assertThat(locked.at("/error/code").asLong()).as("the right password while locked").isEqualTo(268632081L);
        assertThat(locked.at("/params/remainLockSecond").asInt()).isBetween(1, 300);
        assertThat(lab.attempts(camera.address(), LoginProtocol.DAHUA_RPC2).get("admin"))
                .isEqualTo(new AccountAttempts(0, 6));
    }

    // --- HTTP API CGIs ---------------------------------------------------------------------------------------

    @Test
    void magicBoxNeedsDigestInTheLoginRealmAndAnswersLikeTheSamples() throws Exception {
        Wire.Reply challenge = Wire.exchange(weak.address(), http(weak),
                "GET /cgi-bin/magicBox.cgi?action=getDeviceType HTTP/1.1\r\nHost: cam\r\n\r\n");
        assertThat(challenge.status()).isEqualTo(401);
        assertThat(challenge.header("WWW-Authenticate").orElseThrow())
                .matches("Digest realm=\"Login to [0-9A-Z]{15}\", qop=\"auth\", nonce=\"\\d{10}\", opaque=\"\"");

        Wire.Reply type = cgi(weak, "/cgi-bin/magicBox.cgi?action=getDeviceType", "admin", "admin");
        Wire.Reply sampleHead = Samples.reply("dahua/http_200_configManager_getConfig_Encode_amcrest_truncated.http");
        assertThat(type.names()).isEqualTo(sampleHead.names());
        assertThat(type.header("Content-Type")).isEqualTo(sampleHead.header("Content-Type"));
        assertThat(type.body()).isEqualTo(Samples.bytes("dahua/magicBox_getDeviceType.txt"));
        assertThat(cgi(weak, "/cgi-bin/magicBox.cgi?action=getSoftwareVersion", "admin", "admin").body())
                .isEqualTo(Samples.bytes("dahua/magicBox_getSoftwareVersion.txt"));
        assertThat(cgi(weak, "/cgi-bin/magicBox.cgi?action=getVendor", "admin", "admin").body())
                .isEqualTo(Samples.bytes("dahua/magicBox_getVendor.txt"));
        String serial = rtspRealm(weak).substring("Login to ".length());
        assertThat(cgi(weak, "/cgi-bin/magicBox.cgi?action=getMachineName", "admin", "admin").text())
                .isEqualTo("name=" + serial + "\r\n");
        assertThat(cgi(weak, "/cgi-bin/magicBox.cgi?action=getSystemInfo", "admin", "admin").text())
                .isEqualTo(Samples.text("dahua/magicBox_getSystemInfo_IPC-HDW5831R-ZE.txt")
                        .replace("0X0C0A0ZAG00L0F", serial).replace("IPC-HDW5830R-Z", "IPC-HDW5831R-ZE"));
        assertThat(cgi(weak, "/cgi-bin/configManager.cgi?action=getConfig&name=General.MachineName", "admin", "admin")
                .text()).isEqualTo(Samples.text("dahua/configManager_getConfig_General.MachineName.txt")
                        .replace("Cam4", serial));
        assertThat(cgi(weak, "/cgi-bin/magicBox.cgi?action=getDeviceType", "admin", "wrong").status()).isEqualTo(401);
    }

    @Test
    void amcrestCarriesItsBrandInSerialVendorP2pAndRealm() throws Exception {
        String realm = rtspRealm(amcrest);
        assertThat(realm).matches("Login to AMC[0-9A-F]{15}");
        String serial = realm.substring("Login to ".length());

        String t2u = cgi(amcrest, "/cgi-bin/configManager.cgi?action=getConfig&name=T2UServer", "admin", "admin").text();
        String sample = Samples.text("dahua/configManager_getConfig_T2UServer_amcrest.txt");
        assertThat(t2u.replaceAll("Username=[0-9a-f]{32}", "Username=f0000000000d000b0b0000fda000d000"))
                .isEqualTo(sample.replace("AMC0000EE00D0000C0", serial));
        assertThat(cgi(amcrest, "/cgi-bin/magicBox.cgi?action=getVendor", "admin", "admin").text())
                .isEqualTo("vendor=Amcrest\r\n");
        JsonNode challenge = JSON.readTree(rpc2(amcrest, "{\"method\":\"global.login\",\"params\":{\"userName\":"
                + "\"admin\",\"password\":\"\",\"clientType\":\"Web3.0\"},\"id\":1}").text());
        assertThat(challenge.at("/params/realm").asText()).isEqualTo(realm);
        assertThat(challenge.at("/params/mac").asText()).startsWith("9C8ECD");
    }

    @Test
    void lorexRealmCarriesItsNdSerialAndRtspIsDahuas() throws Exception {
        String base = "rtsp://" + lorex.address() + ":" + rtsp(lorex);
        try (Wire wire = Wire.connect(lorex.address(), rtsp(lorex))) {
            Wire.Reply options = wire.send("OPTIONS " + base + "/ RTSP/1.0\r\nCSeq: 2\r\n\r\n");
            Wire.Reply sample = Samples.reply("rtsp/dahua_options_401_digest.txt");
            assertThat(options.statusLine()).isEqualTo(sample.statusLine());
            assertThat(options.names()).isEqualTo(sample.names());
            assertThat(options.header("WWW-Authenticate").orElseThrow())
                    .matches("Digest realm=\"Login to ND\\d{12}\", nonce=\"[0-9a-f]{32}\"");
        }
    }

    @Test
    void nvrAnswersTheGeneralConfigOfTheCapturedNvrByteForByte() throws Exception {
        Wire.Reply sample = Samples.reply("dahua/http_200_configManager_getConfig_General_nvr_v4.http");
        Wire.Reply reply = cgi(nvr, "/cgi-bin/configManager.cgi?action=getConfig&name=General", "admin", "admin");

        assertThat(reply.rawHead()).isEqualTo(sample.rawHead() + "\r\n\r\n");
        assertThat(reply.body()).isEqualTo(sample.body());
        String serial = rtspRealm(nvr).substring("Login to ".length());
        assertThat(cgi(nvr, "/cgi-bin/magicBox.cgi?action=getSystemInfo", "admin", "admin").text())
                .isEqualTo(Samples.text("dahua/magicBox_getSystemInfo_NVR_DH-NVR608H-128-4KS3.txt")
                        .replace("AJ0C00APAZ0000B", serial).replace("DH-NVR608H-128-4KS3/I", "DH-NVR608H-128-4KS3"));
        assertThat(nvr.deviceClass().wireName()).isEqualTo("recorder");
        assertThat(nvr.failing()).containsExactly("default-credentials-accepted");
    }

    // --- DHIP on 37777 -------------------------------------------------------------------------------------

    @Test
    void dhipAnswersTheLoginChallengeFrameOfTheSampleAndCountsTheLogin() throws Exception {
        List<String> lines = Samples.text("dahua/dhip_37777_login_challenge.hex.txt").lines().toList();
        byte[] sampleHeader = HexFormat.of().parseHex(lines.get(1));
        String sampleJson = lines.get(2);
        try (Socket socket = new Socket(weak.address(), weak.ports().get("dahua-sdk"))) {
            socket.setSoTimeout(5000);
            byte[] first = exchange(socket, 0, 2, "{\"method\":\"global.login\",\"params\":{\"userName\":\"admin\","
                    + "\"password\":\"\",\"clientType\":\"Dahua3.0-Web3.0\",\"loginType\":\"Direct\"},\"id\":2,"
                    + "\"session\":0}");
            ByteBuffer header = ByteBuffer.wrap(first, 0, 32).order(ByteOrder.LITTLE_ENDIAN);
            String json = new String(first, 32, first.length - 32, StandardCharsets.UTF_8);
            JsonNode challenge = JSON.readTree(json);
            assertThat(java.util.Arrays.copyOfRange(first, 0, 8)).isEqualTo(java.util.Arrays.copyOfRange(sampleHeader, 0, 8));
            assertThat(Integer.toUnsignedLong(header.getInt(8))).isEqualTo(challenge.get("session").asLong());
            assertThat(header.getInt(12)).isEqualTo(2);
            assertThat(header.getInt(16)).isEqualTo(first.length - 32).isEqualTo(header.getInt(24));
            assertThat(header.getInt(20)).isZero();
            assertThat(header.getInt(28)).isZero();
            // the sample's header obeys the same rules
            ByteBuffer sh = ByteBuffer.wrap(sampleHeader).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(sh.getInt(16)).as("the body ends in a line feed").isEqualTo(sampleJson.length() + 1);
            assertThat(first[first.length - 1]).isEqualTo((byte) '\n');
            assertThat(Integer.toUnsignedLong(sh.getInt(8))).isEqualTo(JSON.readTree(sampleJson).get("session").asLong());
            assertThat(mask(json)).isEqualTo(mask(sampleJson + "\n"));

            String hash = dahuaHash("admin", challenge.at("/params/realm").asText(),
                    challenge.at("/params/random").asText(), "admin");
            byte[] second = exchange(socket, header.getInt(8), 3, "{\"method\":\"global.login\",\"params\":{"
                    + "\"userName\":\"admin\",\"password\":\"" + hash + "\",\"clientType\":\"Dahua3.0-Web3.0\","
                    + "\"loginType\":\"Direct\",\"authorityType\":\"Default\",\"passwordType\":\"Default\"},\"id\":3,"
                    + "\"session\":" + challenge.get("session").asLong() + "}");
            JsonNode answer = JSON.readTree(new String(second, 32, second.length - 32, StandardCharsets.UTF_8));
            assertThat(answer.get("result").asBoolean()).isTrue();
        }
        assertThat(lab.attempts(weak.address(), LoginProtocol.DAHUA_DHIP).get("admin"))
                .isEqualTo(new AccountAttempts(1, 0));
    }

    @Test
    void hostileInputIsRefusedWithoutAnAnswer() throws Exception {
        for (byte[] junk : List.of("GET / HTTP/1.0\r\n\r\n                ".getBytes(StandardCharsets.US_ASCII),
                oversizedDhipHeader())) {
            try (Socket socket = new Socket(weak.address(), weak.ports().get("dahua-sdk"))) {
                socket.setSoTimeout(5000);
                socket.getOutputStream().write(junk);
                assertThat(socket.getInputStream().read()).as("connection closed, nothing said").isEqualTo(-1);
            }
        }
        Wire.Reply notJson = rpc2(weak, "{\"method\":");
        assertThat(notJson.status()).isEqualTo(400);
    }

    private static byte[] oversizedDhipHeader() {
        return ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).putInt(32)
                .put("DHIP".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(1).putInt(1 << 30).putInt(0)
                .putInt(1 << 30).putInt(0).array();
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** The sample's values that differ per device, challenge or client replaced by their kind. */
    static String mask(String json) {
        return json.replaceAll("\"authorization\":\"[0-9a-f]{40}\"", "\"authorization\":\"A\"")
                .replaceAll("\"mac\":\"[0-9A-F]{12}\"", "\"mac\":\"M\"")
                .replaceAll("\"random\":\"\\d+\"", "\"random\":\"R\"")
                .replaceAll("\"realm\":\"Login to [0-9A-Z]{10,20}\"", "\"realm\":\"Login to S\"")
                .replaceAll("\"session\":(\"[0-9a-f]{32}\"|\\d+)", "\"session\":S")
                .replaceAll("\"id\":\\d+", "\"id\":I")
                .replaceAll("\"remainLoginTimes\":\\d+", "\"remainLoginTimes\":N");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** Written from the public description, independently of the lab's DahuaLogin. */
    static String dahuaHash(String user, String realm, String random, String password) {
        String first = Auth.md5(user + ":" + realm + ":" + password).toUpperCase(Locale.ROOT);
        return Auth.md5(user + ":" + random + ":" + first).toUpperCase(Locale.ROOT);
    }

    static Wire.Reply rpc2(LabDevice device, String json) throws Exception {
        return Wire.exchange(device.address(), http(device), "POST /RPC2_Login HTTP/1.1\r\nHost: cam\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + json.getBytes(StandardCharsets.UTF_8).length
                + "\r\n\r\n" + json);
    }

    static Wire.Reply rpc2Login(LabDevice device, String user, String password) throws Exception {
        JsonNode challenge = JSON.readTree(rpc2(device, "{\"method\":\"global.login\",\"params\":{\"userName\":\""
                + user + "\",\"password\":\"\",\"clientType\":\"Web3.0\"},\"id\":1}").text());
        String hash = dahuaHash(user, challenge.at("/params/realm").asText(), challenge.at("/params/random").asText(),
                password);
        return rpc2(device, "{\"method\":\"global.login\",\"params\":{\"userName\":\"" + user + "\",\"password\":\""
                + hash + "\",\"clientType\":\"Web3.0\",\"loginType\":\"Direct\",\"authorityType\":\"Default\","
                + "\"passwordType\":\"Default\"},\"id\":2,\"session\":" + challenge.get("session") + "}");
    }

    static Wire.Reply cgi(LabDevice device, String path, String user, String password) throws Exception {
        Wire.Reply challenge = Wire.exchange(device.address(), http(device), "GET " + path + " HTTP/1.1\r\nHost: cam\r\n\r\n");
        String header = challenge.header("WWW-Authenticate").orElseThrow();
        return Wire.exchange(device.address(), http(device), "GET " + path + " HTTP/1.1\r\nHost: cam\r\n"
                + "Authorization: " + Auth.digest(header, "GET", path, user, password) + "\r\n\r\n");
    }

    static String rtspRealm(LabDevice device) throws Exception {
        try (Wire wire = Wire.connect(device.address(), rtsp(device))) {
            Wire.Reply options = wire.send("OPTIONS rtsp://" + device.address() + "/ RTSP/1.0\r\nCSeq: 1\r\n\r\n");
            return Auth.params(options.header("WWW-Authenticate").orElseThrow()).get("realm");
        }
    }

    private static byte[] exchange(Socket socket, int session, int id, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = ByteBuffer.allocate(32 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.putInt(32).put("DHIP".getBytes(StandardCharsets.US_ASCII)).putInt(session).putInt(id)
                .putInt(body.length).putInt(0).putInt(body.length).putInt(0).put(body);
        OutputStream out = socket.getOutputStream();
        out.write(frame.array());
        out.flush();
        InputStream in = socket.getInputStream();
        byte[] header = in.readNBytes(32);
        int length = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getInt(16);
        byte[] rest = in.readNBytes(length);
        byte[] all = new byte[32 + rest.length];
        System.arraycopy(header, 0, all, 0, 32);
        System.arraycopy(rest, 0, all, 32, rest.length);
        return all;
    }
}
