package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.http;
import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HardenedCameraTest {

    private static final Pattern APACHE_DIGEST = Pattern.compile(
            "Digest realm=\"AXIS_ACCC8E[0-9A-F]{6}\", nonce=\"[A-Za-z0-9+/]{11}=[0-9a-f]{40}\", algorithm=MD5, qop=\"auth\"");
    private static final String PASSWORD = DeviceSpec.defaults(DeviceKind.HARDENED_CAMERA).password();

    private static RunningLab lab;
    private static LabDevice camera;
    private static LabDevice withFtp;

    @BeforeAll
    static void start() {
        DeviceSpec spec = DeviceSpec.defaults(DeviceKind.HARDENED_CAMERA);
        lab = Lab.start(List.of(spec, spec.withFtp(true)), TestLabs.options());
        camera = lab.devices().get(0);
        withFtp = lab.devices().get(1);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void vapixIsBehindApacheDigest() throws Exception {
        String path = "/axis-cgi/usergroup.cgi";
        try (Wire wire = Wire.connect(camera.address(), http(camera))) {
            Wire.Reply challenge = wire.send("GET " + path + " HTTP/1.1\r\nHost: cam\r\n\r\n");
            assertThat(challenge.statusLine()).isEqualTo("HTTP/1.1 401 Unauthorized");
            // layout and body of the real Axis 401 (node-onvif#40): Apache, 381-byte page, Connection close
            assertThat(challenge.names()).containsExactly("Date", "Server", "WWW-Authenticate", "Content-Length",
                    "Connection", "Content-Type");
            assertThat(challenge.header("Server")).contains("Apache/2.4.27 (Unix) OpenSSL/1.0.2k");
            assertThat(challenge.header("Content-Length")).contains("381");
            assertThat(challenge.header("Content-Type")).contains("text/html; charset=iso-8859-1");
            assertThat(challenge.header("WWW-Authenticate").orElseThrow()).matches(APACHE_DIGEST);
        }
        Wire.Reply wrong = digest(path, "root", "pass");
        Wire.Reply right = digest(path, "root", PASSWORD);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.text()).isEqualTo("root\nadmin,operator,viewer,ptz\n");
        assertThat(lab.attempts(camera.address(), LoginProtocol.HTTP_DIGEST).get("root"))
                .isEqualTo(new AccountAttempts(1, 1));
    }

    @Test
    void rootPageAndUnrestrictedDeviceInfoNeedNoCredentials() throws Exception {
        Wire.Reply root = Wire.exchange(camera.address(), http(camera), "GET / HTTP/1.1\r\nHost: cam\r\n\r\n");
        String body = "{\"apiVersion\":\"1.3\",\"method\":\"getAllUnrestrictedProperties\"}";
        Wire.Reply info = Wire.exchange(camera.address(), http(camera), "POST /axis-cgi/basicdeviceinfo.cgi HTTP/1.1\r\n"
                + "Host: cam\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.text()).contains("<title>AXIS</title>");
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.text()).contains("\"ProdNbr\": \"M1065-LW\"", "\"Version\": \"9.80.1\"", "\"Brand\": \"AXIS\"");
    }

    @Test
    void rtspOpensOptionsOnlyAndChallengesEverythingElse() throws Exception {
        String base = "rtsp://" + camera.address() + ":" + rtsp(camera);
        try (Wire wire = Wire.connect(camera.address(), rtsp(camera))) {
            Wire.Reply options = wire.send("OPTIONS " + base + "/ RTSP/1.0\r\nCSeq: 0\r\n\r\n");
            Wire.Reply optionsSample = Samples.reply("axis/rtsp_options_200.txt");
            assertThat(options.names()).isEqualTo(optionsSample.names());
            assertThat(options.header("Public")).isEqualTo(optionsSample.header("Public"));
            assertThat(options.header("Server")).isEqualTo(optionsSample.header("Server"));

            Wire.Reply sample = Samples.reply("axis/rtsp_describe_401_digest.txt");
            Pattern challenge = Pattern.compile("Digest realm=\"AXIS_ACCC8E[0-9A-F]{6}\", nonce=\"[0-9a-f]{8}Y[0-9a-f]{38}\", stale=FALSE");
            assertThat(sample.header("WWW-Authenticate").orElseThrow()).matches(challenge);
            String header = null;
            int cseq = 1;
            for (String route : List.of("/blindspot-00c0ffee", "/", "/axis-media/media.amp", "/stream1")) {
                Wire.Reply reply = wire.send("DESCRIBE " + base + route + " RTSP/1.0\r\nCSeq: " + cseq++ + "\r\n\r\n");
                assertThat(reply.statusLine()).as(route).isEqualTo(sample.statusLine());
                assertThat(reply.names()).isEqualTo(sample.names());
                assertThat(reply.header("WWW-Authenticate").orElseThrow()).matches(challenge);
                header = reply.header("WWW-Authenticate").orElseThrow();
            }
            String url = base + "/axis-media/media.amp";
            Wire.Reply describe = wire.send("DESCRIBE " + url + " RTSP/1.0\r\nCSeq: 9\r\nAuthorization: "
                    + Auth.digest(header, "DESCRIBE", url, "root", PASSWORD) + "\r\n\r\n");
            Wire.Reply describeSample = Samples.reply("axis/rtsp_describe_200_sdp_metadata.txt");
            assertThat(describe.statusLine()).isEqualTo("RTSP/1.0 200 OK");
            assertThat(describe.names()).isEqualTo(describeSample.names());
            String host = camera.address() + ":" + rtsp(camera);
            assertThat(describe.text()).isEqualTo(describeSample.text().replace("127.0.0.1", host));
        }
    }

    @Test
    void onvifOnlyTellsTheTimeWithoutCredentials() throws Exception {
        String host = camera.address();
        Wire.Reply time = Wire.exchange(host, http(camera), Auth.soapPost(host, Auth.soap("GetSystemDateAndTime",
                null, null), ""));
        Wire.Reply info = Wire.exchange(host, http(camera), Auth.soapPost(host, Auth.soap("GetDeviceInformation",
                null, null), ""));
        Wire.Reply scopes = Wire.exchange(host, http(camera), Auth.soapPost(host, Auth.soap("GetScopes",
                null, null), ""));
        Wire.Reply token = Wire.exchange(host, http(camera), Auth.soapPost(host, Auth.soap("GetDeviceInformation",
                "root", PASSWORD), ""));

        assertThat(time.status()).isEqualTo(200);
        assertThat(info.status()).isEqualTo(401);
        assertThat(info.header("WWW-Authenticate").orElseThrow()).startsWith("Digest realm=\"AXIS_WS_ACCC8E");
        assertThat(scopes.status()).isEqualTo(401);
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.text()).contains("<tds:Manufacturer>AXIS</tds:Manufacturer>", "<tds:Model>M1065-LW</tds:Model>");
    }

    @Test
    void runsNoTelnetAndHasNothingToFlag() {
        assertThat(camera.ports()).containsOnlyKeys("http", "rtsp", "onvif");
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(camera.address(), 23), 1000);
            }
        }).isInstanceOf(ConnectException.class);
        assertThat(camera.failing()).isEmpty();
    }

    @Test
    void ftpGreetsWithProductAndFirmwareAndCountsLogins() throws Exception {
        try (Socket socket = new Socket(withFtp.address(), withFtp.ports().get("ftp"))) {
            socket.setSoTimeout(5000);
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            var out = socket.getOutputStream();
            assertThat(in.readLine()).isEqualTo("220 AXIS M1065-LW Network Camera 9.80.1 ready.");
            out.write("USER root\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("331 ");
            out.write("PASS pass\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).isEqualTo("530 Login incorrect");
            out.write(("USER root\r\nPASS " + PASSWORD + "\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("331 ");
            assertThat(in.readLine()).isEqualTo("230 Operation successful");
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).isEqualTo("221 Goodbye");
        }
        assertThat(withFtp.ports()).containsEntry("ftp", 21);
        assertThat(lab.attempts(withFtp.address(), LoginProtocol.FTP).get("root")).isEqualTo(new AccountAttempts(1, 1));
    }

    private static Wire.Reply digest(String path, String user, String password) throws Exception {
        try (Wire wire = Wire.connect(camera.address(), http(camera))) {
            Wire.Reply challenge = wire.send("GET " + path + " HTTP/1.1\r\nHost: cam\r\n\r\n");
            String header = challenge.header("WWW-Authenticate").orElseThrow();
            // Apache answers Connection: close; log in on a fresh connection as a client would
            try (Wire again = Wire.connect(camera.address(), http(camera))) {
                return again.send("GET " + path + " HTTP/1.1\r\nHost: cam\r\nAuthorization: "
                        + Auth.digest(header, "GET", path, user, password) + "\r\n\r\n");
            }
        }
    }
}
