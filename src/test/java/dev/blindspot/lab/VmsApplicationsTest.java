package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.lab.server.Credentials;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The VMS application kinds answer as the samples they are built from, and count every login attempt. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VmsApplicationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FRIGATE = "127.34.20.1";
    private static final String FRIGATE_NO_AUTH = "127.34.20.2";
    private static final String ZM_OPEN = "127.34.20.3";
    private static final String ZM_AUTH = "127.34.20.4";
    private static final String SHINOBI = "127.34.20.5";
    private static final String MOTIONEYE = "127.34.20.6";
    private static final String BLUE_IRIS = "127.34.20.7";
    private static final String MILESTONE = "127.34.20.8";
    private static final String MOTIONEYE_PASSWORD = "Me4#tR8!qZ2w";

    private RunningLab lab;

    @BeforeAll
    void start() {
        DeviceSpec frigate = DeviceSpec.defaults(DeviceKind.FRIGATE);
        DeviceSpec zm = DeviceSpec.defaults(DeviceKind.ZONEMINDER);
        lab = Lab.start(List.of(frigate, frigate.withApp(frigate.app().withLoginRequired(false)), zm,
                zm.withApp(AppSettings.DEFAULT), DeviceSpec.defaults(DeviceKind.SHINOBI),
                DeviceSpec.defaults(DeviceKind.MOTIONEYE).withPassword(MOTIONEYE_PASSWORD),
                DeviceSpec.defaults(DeviceKind.BLUE_IRIS), DeviceSpec.defaults(DeviceKind.MILESTONE)),
                TestLabs.options().withFirstAddress(FRIGATE));
    }

    @AfterAll
    void stop() {
        lab.close();
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: lab\r\nConnection: close\r\n\r\n";
    }

    private static String post(String path, String contentType, String body, String... headers) {
        return "POST " + path + " HTTP/1.1\r\nHost: lab\r\nConnection: close\r\n" + String.join("", headers)
                + "Content-Type: " + contentType + "\r\nContent-Length: "
                + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private int port(String address, String service) {
        return lab.device(address).orElseThrow().port(service).orElseThrow();
    }

    // --- Frigate -------------------------------------------------------------------------------------------------

    @Test
    void frigateInternalPortServesTheApiToAnyoneInTheSamplesFormat() throws Exception {
        int port = port(FRIGATE, "http");
        assertThat(port).isEqualTo(5000);
        Wire.Reply version = Wire.exchange(FRIGATE, port, get("/api/version"));
        assertThat(version.status()).isEqualTo(200);
        assertThat(version.header("Server")).contains("nginx");
        assertThat(version.header("Content-Type").orElseThrow()).startsWith("text/plain");
        // bare version text, no newline, no JSON: the form of frigate/api_version_0.10.txt
        assertThat(version.text()).isEqualTo("0.14.1-f4f3cfa").doesNotContain("\n");
        assertThat(Samples.text("frigate/api_version_0.10.txt")).matches("\\d+\\.\\d+\\.\\d+-[0-9a-f]{7}");

        Wire.Reply config = Wire.exchange(FRIGATE, port, get("/api/config"));
        assertThat(JSON.readTree(config.body())).isEqualTo(JSON.readTree(Samples.bytes("frigate/api_config_ha_test_fixture.json")));
        JsonNode stats = JSON.readTree(Wire.exchange(FRIGATE, port, get("/api/stats")).body());
        JsonNode sample = JSON.readTree(Samples.bytes("frigate/api_stats_ha_test_fixture.json"));
        assertThat(stats.path("service").path("version").asText()).isEqualTo("0.14.1-f4f3cfa");
        ((com.fasterxml.jackson.databind.node.ObjectNode) sample.path("service")).put("version", "0.14.1-f4f3cfa");
        assertThat(stats).isEqualTo(sample);

        Wire.Reply ui = Wire.exchange(FRIGATE, port, get("/"));
        assertThat(ui.text()).contains("<title>Frigate</title>");
    }

    @Test
    void frigateTlsPortWantsTheLoginCookieForTheApiAndCountsLogins() throws Exception {
        int port = port(FRIGATE, "https");
        assertThat(port).isEqualTo(8971);
        TlsWire.TlsReply ui = TlsWire.exchange(FRIGATE, port, get("/"));
        assertThat(ui.subject()).isEqualTo("CN=*,O=FRIGATE DEFAULT CERT");
        assertThat(ui.reply().status()).isEqualTo(200);
        assertThat(ui.reply().header("Strict-Transport-Security")).contains("max-age=63072000");

        assertThat(TlsWire.exchange(FRIGATE, port, get("/api/version")).reply().status()).isEqualTo(401);
        Wire.Reply wrong = TlsWire.exchange(FRIGATE, port, post("/api/login", "application/json",
                "{\"user\":\"admin\",\"password\":\"admin\"}")).reply();
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.text()).isEqualTo("{\"message\":\"Login failed\"}");

        String password = DeviceSpec.defaults(DeviceKind.FRIGATE).password();
        Wire.Reply right = TlsWire.exchange(FRIGATE, port, post("/api/login", "application/json",
                "{\"user\":\"admin\",\"password\":\"" + password + "\"}")).reply();
        assertThat(right.status()).isEqualTo(200);
        String cookie = right.header("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(cookie).startsWith("frigate_token=");
        Wire.Reply version = TlsWire.exchange(FRIGATE, port,
                "GET /api/version HTTP/1.1\r\nHost: lab\r\nCookie: " + cookie + "\r\nConnection: close\r\n\r\n").reply();
        assertThat(version.status()).isEqualTo(200);
        assertThat(version.text()).isEqualTo("0.14.1-f4f3cfa");

        assertThat(lab.attempts(FRIGATE, LoginProtocol.HTTP_FORM)).containsEntry("admin", new AccountAttempts(1, 1));
    }

    @Test
    void frigateWithAuthDisabledAnswersTheApiOnItsTlsPortAndHasNoInternalPortUnlessPublished() throws Exception {
        assertThat(TlsWire.exchange(FRIGATE_NO_AUTH, port(FRIGATE_NO_AUTH, "https"), get("/api/version"))
                .reply().status()).isEqualTo(200);
        DeviceSpec closed = DeviceSpec.defaults(DeviceKind.FRIGATE).withApp(AppSettings.DEFAULT);
        try (RunningLab only = Lab.start(List.of(closed), TestLabs.options().withFirstAddress("127.34.21.1"))) {
            assertThat(only.devices().getFirst().ports()).containsOnlyKeys("https");
        }
    }

    // --- ZoneMinder ----------------------------------------------------------------------------------------------

    @Test
    void zoneMinderWithoutAuthAnswersGetVersionInTheCompactSampleForm() throws Exception {
        Wire.Reply reply = Wire.exchange(ZM_OPEN, port(ZM_OPEN, "http"), get("/zm/api/host/getVersion.json"));
        assertThat(reply.status()).isEqualTo(200);
        String sample = Samples.text("zoneminder/host_getVersion_1.30.4_compact.json");
        assertThat(reply.text().replaceAll("\\d+(\\.\\d+)+", "V")).isEqualTo(sample.replaceAll("\\d+(\\.\\d+)+", "V"));
        assertThat(Wire.exchange(ZM_OPEN, port(ZM_OPEN, "http"), get("/zm/")).text()).contains("<title>ZM - Console</title>");
        assertThat(Wire.exchange(ZM_OPEN, port(ZM_OPEN, "http"), get("/")).text()).contains("<title>Welcome to nginx!</title>");
    }

    @Test
    void zoneMinderWithAuthAnswersTheApiWith401AsTheCapturedNginxPhpStack() throws Exception {
        Wire.Reply sample = Samples.reply("zoneminder/http_401_api_not_authenticated_nginx.http");
        Wire.Reply reply = Wire.exchange(ZM_AUTH, port(ZM_AUTH, "http"), get("/zm/api/configs/viewByName/ZM_AUTH_HASH_LOGINS.json"));
        assertThat(reply.statusLine()).isEqualTo(sample.statusLine());
        assertThat(reply.names()).isEqualTo(sample.names());
        for (String same : List.of("Server", "Content-Type", "Connection", "X-Powered-By", "Content-Length")) {
            assertThat(reply.header(same)).as(same).isEqualTo(sample.header(same));
        }
        assertThat(reply.body()).isEqualTo(sample.body());
        assertThat(Wire.exchange(ZM_AUTH, port(ZM_AUTH, "http"), get("/zm/")).text()).contains("<title>ZM - Login</title>");
    }

    @Test
    void zoneMinderApiLoginAnswersLikeTheApiV2SampleAndIsCounted() throws Exception {
        Wire.Reply wrong = Wire.exchange(ZM_AUTH, port(ZM_AUTH, "http"), post("/zm/api/host/login.json",
                "application/x-www-form-urlencoded", "user=admin&pass=wrong"));
        assertThat(wrong.status()).isEqualTo(401);
        Wire.Reply right = Wire.exchange(ZM_AUTH, port(ZM_AUTH, "http"), post("/zm/api/host/login.json",
                "application/x-www-form-urlencoded", "user=admin&pass=admin"));
        assertThat(right.status()).isEqualTo(200);
        JsonNode body = JSON.readTree(right.body());
        JsonNode sample = JSON.readTree(Samples.bytes("zoneminder/host_login_apiv2.json"));
        assertThat(iterable(body.fieldNames())).isEqualTo(iterable(sample.fieldNames()));
        assertThat(body.path("apiversion").asText()).isEqualTo(sample.path("apiversion").asText());
        Wire.Reply version = Wire.exchange(ZM_AUTH, port(ZM_AUTH, "http"),
                get("/zm/api/host/getVersion.json?token=" + body.path("access_token").asText()));
        assertThat(version.status()).isEqualTo(200);
        Wire.Reply form = Wire.exchange(ZM_AUTH, port(ZM_AUTH, "http"), post("/zm/index.php", "application/x-www-form-urlencoded",
                "action=login&username=operator&password=x"));
        assertThat(form.text()).contains("Invalid username or password.");
        assertThat(lab.attempts(ZM_AUTH, LoginProtocol.HTTP_FORM))
                .containsEntry("admin", new AccountAttempts(1, 1)).containsEntry("operator", new AccountAttempts(0, 1));
    }

    // --- Shinobi, motionEye, Blue Iris, Milestone -----------------------------------------------------------------

    @Test
    void shinobiApiWithoutAValidKeyAnswersTheSampleAndDashboardLoginsAreCounted() throws Exception {
        int port = port(SHINOBI, "http");
        assertThat(port).isEqualTo(8080);
        Wire.Reply api = Wire.exchange(SHINOBI, port, get("/wrongkey/monitor/group1"));
        assertThat(api.body()).isEqualTo(Samples.bytes("shinobi/api_monitor_not_authorized.json"));
        assertThat(api.header("X-Powered-By")).contains("Express");
        assertThat(Wire.exchange(SHINOBI, port, get("/")).text()).contains("<title>Shinobi</title>");
        Wire.Reply login = Wire.exchange(SHINOBI, port, post("/?json=true", "application/x-www-form-urlencoded",
                "mail=admin%40shinobi.video&pass=admin&function=dash"));
        assertThat(JSON.readTree(login.body()).path("ok").asBoolean()).isFalse();
        assertThat(lab.attempts(SHINOBI)).containsEntry("admin@shinobi.video", new AccountAttempts(0, 1));
    }

    @Test
    void motionEyeRefusesUnsignedLoginsWithTheSample403AndAcceptsTheRealSignature() throws Exception {
        int port = port(MOTIONEYE, "http");
        assertThat(port).isEqualTo(8765);
        Wire.Reply unsigned = Wire.exchange(MOTIONEYE, port, get("/login/?_username=admin&_login=true&_signature=00"));
        assertThat(unsigned.status()).isEqualTo(403);
        assertThat(unsigned.body()).isEqualTo(Samples.bytes("motioneye/login_403_unauthorized.json"));
        assertThat(unsigned.header("Server")).contains("motionEye/0.42.1");
        // signature computed by motionEye's own algorithm (Python utils.compute_signature) with key sha1(password)
        Wire.Reply signed = Wire.exchange(MOTIONEYE, port, get("/login/?_username=admin&_login=true&_=1700000000000"
                + "&_signature=571f2ac14f9d3531339a16a54e96634a1b74df71"));
        assertThat(signed.status()).isEqualTo(200);
        assertThat(lab.attempts(MOTIONEYE, LoginProtocol.HTTP_FORM)).containsEntry("admin", new AccountAttempts(1, 1));
    }

    @Test
    void blueIrisJsonLoginIsTheSamplesChallengeThenAnMd5Response() throws Exception {
        int port = port(BLUE_IRIS, "http");
        assertThat(port).isIn(81, 20081); // 20000 + port when the lab may not bind below 1024
        Wire.Reply challenge = Wire.exchange(BLUE_IRIS, port, post("/json", "application/json", "{\"cmd\":\"login\"}"));
        JsonNode body = JSON.readTree(challenge.body());
        JsonNode sample = JSON.readTree(Samples.bytes("blueiris/json_login_step1_challenge_auth_exempt.json"));
        assertThat(iterable(body.fieldNames())).isEqualTo(iterable(sample.fieldNames()));
        assertThat(iterable(body.path("data").fieldNames())).isEqualTo(iterable(sample.path("data").fieldNames()));
        assertThat(body.path("data").path("reason").asText()).isEqualTo(sample.path("data").path("reason").asText());
        String session = body.path("session").asText();
        assertThat(session).matches("[0-9a-f]{32}");
        String password = DeviceSpec.defaults(DeviceKind.BLUE_IRIS).password();
        String response = Credentials.Digest.md5("admin:" + session + ":" + password);
        Wire.Reply ok = Wire.exchange(BLUE_IRIS, port, post("/json", "application/json",
                "{\"cmd\":\"login\",\"session\":\"" + session + "\",\"response\":\"" + response + "\"}"));
        assertThat(JSON.readTree(ok.body()).path("result").asText()).isEqualTo("success");
        Wire.Reply bad = Wire.exchange(BLUE_IRIS, port, post("/json", "application/json",
                "{\"cmd\":\"login\",\"session\":\"" + session + "\",\"response\":\"" + "0".repeat(32) + "\"}"));
        assertThat(JSON.readTree(bad.body()).path("result").asText()).isEqualTo("fail");
        assertThat(lab.attempts(BLUE_IRIS)).containsEntry("admin", new AccountAttempts(1, 0))
                .containsEntry("(unknown)", new AccountAttempts(0, 1));
    }

    @Test
    void milestoneMobileServerServesTheWebClientOnBothPortsAndCountsLogIn() throws Exception {
        assertThat(Wire.exchange(MILESTONE, 8081, get("/")).text()).contains("<title>XProtect Web Client</title>");
        TlsWire.TlsReply tls = TlsWire.exchange(MILESTONE, 8082, get("/"));
        assertThat(tls.reply().text()).contains("<title>XProtect Web Client</title>");
        String login = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Communication><ConnectionId>x</ConnectionId>"
                + "<Command SequenceId=\"2\"><Type>Request</Type><Name>LogIn</Name><InputParams>"
                + "<Param Name=\"Username\" Value=\"operator\"/><Param Name=\"Password\" Value=\"guess\"/>"
                + "</InputParams></Command></Communication>";
        Wire.Reply reply = Wire.exchange(MILESTONE, 8081, post("/XProtectMobile/Communication", "text/xml", login));
        assertThat(reply.text()).contains("<Result>Error</Result>");
        assertThat(lab.attempts(MILESTONE)).containsEntry("operator", new AccountAttempts(0, 1));
    }

    @Test
    void everyApplicationAnswersTheOnvifProbeWithoutSoap() throws Exception {
        String probe = post("/onvif/device_service", "application/soap+xml", "<x/>");
        for (String host : List.of(FRIGATE, ZM_OPEN, SHINOBI, MOTIONEYE, BLUE_IRIS, MILESTONE)) {
            int port = lab.device(host).orElseThrow().ports().values().iterator().next();
            Wire.Reply reply = port == 8971 ? TlsWire.exchange(host, port, probe).reply()
                    : Wire.exchange(host, port, probe);
            assertThat(reply.status()).as(host).isGreaterThanOrEqualTo(400);
            assertThat(reply.text()).as(host).doesNotContain("Envelope");
        }
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
