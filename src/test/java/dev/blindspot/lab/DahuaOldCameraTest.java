package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.http;
import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DahuaOldCameraTest {

    private static RunningLab lab;
    private static LabDevice camera;

    @BeforeAll
    static void start() {
        lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA)), TestLabs.options());
        camera = lab.devices().get(0);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void rootIsTheWebServicePageWithoutServerHeader() throws Exception {
        Wire.Reply root = Wire.exchange(camera.address(), http(camera), "GET / HTTP/1.1\r\nHost: cam\r\n\r\n");

        assertThat(root.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(root.header("Server")).isEmpty();
        assertThat(root.text()).contains("<title>WEB SERVICE</title>", "ui-dialog-content");
    }

    @Test
    void cgiChallengesWithCleartextBasicAndTakesTheFactoryPassword() throws Exception {
        String path = "/cgi-bin/magicBox.cgi?action=getDeviceType";
        Wire.Reply sample = Samples.reply("dahua/http_401_basic_old_fw_Device_CGI_partial.http");
        Wire.Reply challenge = Wire.exchange(camera.address(), http(camera), "GET " + path + " HTTP/1.1\r\nHost: cam\r\n\r\n");
        Wire.Reply wrong = Wire.exchange(camera.address(), http(camera), "GET " + path + " HTTP/1.1\r\nHost: cam\r\n"
                + "Authorization: " + Auth.basic("admin", "12345") + "\r\n\r\n");

        assertThat(challenge.statusLine()).isEqualTo(sample.statusLine());
        assertThat(challenge.headers().get(0)).isEqualTo(sample.headers().get(0));
        assertThat(wrong.status()).isEqualTo(401);

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication("admin", "admin".toCharArray());
                    }
                }).build();
        HttpResponse<String> ok = client.send(HttpRequest.newBuilder(URI.create("http://" + camera.address() + ":"
                + http(camera) + path)).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("type=IPC-HFW4300S-V2\r\n");
        assertThat(ok.headers().firstValue("Content-Type")).contains("text/plain;charset=utf-8");
        assertThat(lab.attempts(camera.address(), LoginProtocol.HTTP_BASIC).get("admin"))
                .isEqualTo(new AccountAttempts(1, 1));
    }

    @Test
    void telnetGreetsLikeBusyBoxAndCountsLogins() throws Exception {
        try (Socket socket = new Socket(camera.address(), camera.ports().get("telnet"))) {
            socket.setSoTimeout(5000);
            InputStream in = socket.getInputStream();
            byte[] greeting = in.readNBytes(12 + "(none) login: ".length());
            assertThat(greeting).startsWith(0xff, 0xfd, 0x01, 0xff, 0xfd, 0x1f, 0xff, 0xfb, 0x01, 0xff, 0xfb, 0x03);
            assertThat(new String(greeting, 12, greeting.length - 12, StandardCharsets.ISO_8859_1)).isEqualTo("(none) login: ");

            // a client answering the negotiation first, then a wrong and a right login
            socket.getOutputStream().write(new byte[] {(byte) 0xff, (byte) 0xfb, 0x1f, (byte) 0xff, (byte) 0xfa, 0x1f,
                0, 80, 0, 24, (byte) 0xff, (byte) 0xf0});
            socket.getOutputStream().write("admin\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readUntil(in, "Password: ")).endsWith("admin\r\nPassword: ");
            socket.getOutputStream().write("guess\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readUntil(in, "login: ")).isEqualTo("\r\nLogin incorrect\r\n(none) login: ");
            socket.getOutputStream().write("admin\r\u0000".getBytes(StandardCharsets.US_ASCII));
            readUntil(in, "Password: ");
            socket.getOutputStream().write("admin\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readUntil(in, "# ")).contains("BusyBox", "built-in shell (ash)");
        }
        assertThat(lab.attempts(camera.address(), LoginProtocol.TELNET).get("admin")).isEqualTo(new AccountAttempts(1, 1));
    }

    @Test
    void rtspChallengesEvenOptionsInTheDahuaRealm() throws Exception {
        String base = "rtsp://" + camera.address() + ":" + rtsp(camera);
        try (Wire wire = Wire.connect(camera.address(), rtsp(camera))) {
            Wire.Reply options = wire.send("OPTIONS " + base + "/ RTSP/1.0\r\nCSeq: 2\r\n\r\n");
            Wire.Reply sample = Samples.reply("rtsp/dahua_options_401_digest.txt");
            assertThat(options.statusLine()).isEqualTo(sample.statusLine());
            assertThat(options.names()).isEqualTo(sample.names());
            String challenge = options.header("WWW-Authenticate").orElseThrow();
            assertThat(challenge).matches("Digest realm=\"Login to [0-9A-Z]{15}\", nonce=\"[0-9a-f]{32}\"");
            assertThat(sample.header("WWW-Authenticate").orElseThrow())
                    .matches("Digest realm=\"Login to [0-9A-Z]{15}\", nonce=\"[0-9a-f]{32}\"");

            Wire.Reply authed = wire.send("OPTIONS " + base + "/ RTSP/1.0\r\nCSeq: 3\r\nAuthorization: "
                    + Auth.digest(challenge, "OPTIONS", base + "/", "admin", "admin") + "\r\n\r\n");
            Wire.Reply optionsSample = Samples.reply("rtsp/dahua_options_200.txt");
            assertThat(authed.names()).isEqualTo(optionsSample.names());
            assertThat(authed.header("Server")).isEqualTo(optionsSample.header("Server"));
            assertThat(authed.header("Public")).isEqualTo(optionsSample.header("Public"));

            String url = base + "/cam/realmonitor?channel=1&subtype=0";
            Wire.Reply describe = wire.send("DESCRIBE " + url + " RTSP/1.0\r\nCSeq: 4\r\nAuthorization: "
                    + Auth.digest(challenge, "DESCRIBE", url, "admin", "admin") + "\r\n\r\n");
            Wire.Reply describeSample = Samples.reply("rtsp/dahua_describe_200_sdp.txt");
            assertThat(describe.names()).isEqualTo(describeSample.names());
            assertThat(describe.header("Content-Base")).contains(url + "/");
            assertThat(Samples.withoutParameterSets(describe.text()).replaceAll("o=- \\d+ \\d+", "o=-"))
                    .isEqualTo(Samples.withoutParameterSets(describeSample.text()).replaceAll("o=- \\d+ \\d+", "o=-"));
        }
    }

    @Test
    void privateProtocolPortAcceptsTcpAndTheKeyListsAllPlantedWeaknesses() throws Exception {
        try (Socket socket = new Socket(camera.address(), camera.ports().get("dahua-sdk"))) {
            assertThat(socket.isConnected()).isTrue();
        }
        assertThat(camera.ports()).containsEntry("dahua-sdk", 37777).containsEntry("telnet", 23);
        assertThat(camera.failing()).containsExactly("default-credentials-accepted", "http-basic-auth-cleartext",
                "telnet-enabled", "vulnerability-confirmed", "firmware-known-vulnerability");
    }

    private static String readUntil(InputStream in, String end) throws Exception {
        StringBuilder text = new StringBuilder();
        while (!text.toString().endsWith(end)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            text.append((char) b);
        }
        return text.toString();
    }
}
