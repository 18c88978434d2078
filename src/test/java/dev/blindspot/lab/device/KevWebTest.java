package dev.blindspot.lab.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.RunningLab;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The KEV lab's web servers answer the public read-only checks (active-checks.json facts of the nuclei templates)
 * as the vulnerable firmware does and refuse them on fixed firmware; identity reads answer in the real layouts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KevWebTest {

    private RunningLab lab;

    @BeforeAll
    void start() {
        DeviceSpec dcs = DeviceSpec.defaults(DeviceKind.DLINK_CAMERA);
        DeviceSpec tbk = DeviceSpec.defaults(DeviceKind.TBK_DVR);
        DeviceSpec ptz = DeviceSpec.defaults(DeviceKind.PTZOPTICS_CAMERA);
        lab = Lab.start(List.of(dcs, dcs.withFirmware("1.06.01"), tbk, tbk.withFirmware("V4.0.2"), ptz,
                        ptz.withFirmware("6.3.40"), DeviceSpec.defaults(DeviceKind.TVT_NVMS1000),
                        DeviceSpec.defaults(DeviceKind.QNAP_VIOSTOR), DeviceSpec.defaults(DeviceKind.NUUO_NVR),
                        DeviceSpec.defaults(DeviceKind.GEOVISION_DEVICE)),
                LabOptions.defaults().withFirstAddress("127.91.0.1"));
    }

    @AfterAll
    void stop() {
        lab.close();
    }

    private LabDevice device(int index) {
        return lab.devices().get(index);
    }

    /** One raw HTTP/1.1 exchange (the target is sent as given, /../ included); the whole answer as text. */
    private static String get(LabDevice d, String target, String... headers) throws IOException {
        try (Socket s = new Socket(d.address(), d.ports().get("http"))) {
            s.setSoTimeout(3000);
            StringBuilder req = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: " + d.address()
                    + "\r\nConnection: close\r\n");
            for (String h : headers) {
                req.append(h).append("\r\n");
            }
            s.getOutputStream().write(req.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            for (int n; (n = in.read(buf)) > 0 && out.size() < 65536; ) {
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void dlinkGetuserDisclosesTheAccountOnlyOnVulnerableFirmware() throws IOException {
        // CVE-2020-25078 template: 200, text/plain, "name=" and "pass="
        String vulnerable = get(device(0), "/config/getuser?index=0");
        assertThat(vulnerable).startsWith("HTTP/1.1 200").contains("text/plain").contains("name=admin")
                .contains("pass=" + device(0).spec().password());
        String fixed = get(device(1), "/config/getuser?index=0");
        assertThat(fixed).startsWith("HTTP/1.1 401").doesNotContain("pass=");
    }

    @Test
    void dlinkNamesModelInRealmAndFirmwareInInfoCgi() throws IOException {
        assertThat(get(device(0), "/")).startsWith("HTTP/1.1 401").contains("WWW-Authenticate: Basic realm=\"DCS-2530L\"");
        assertThat(get(device(1), "/common/info.cgi")).startsWith("HTTP/1.1 200").contains("model=DCS-2530L")
                .contains("version=1.06.01");
    }

    @Test
    void dlinkCountsBasicLogins() throws IOException {
        String wrong = Base64.getEncoder().encodeToString("admin:nope".getBytes(StandardCharsets.UTF_8));
        assertThat(get(device(1), "/", "Authorization: Basic " + wrong)).startsWith("HTTP/1.1 401");
        assertThat(lab.attempts(device(1).address(), LoginProtocol.HTTP_BASIC).get("admin").failed()).isEqualTo(1);
    }

    @Test
    void tbkCookieBypassListsUsersOnlyOnOldFirmware() throws IOException {
        // CVE-2018-9995 template: 200 with "uid":, "pwd":, "view":, playback
        String vulnerable = get(device(2), "/device.rsp?opt=user&cmd=list", "Cookie: uid=admin");
        assertThat(vulnerable).startsWith("HTTP/1.1 200").contains("\"uid\":", "\"pwd\":", "\"view\":", "playback");
        assertThat(get(device(2), "/device.rsp?opt=user&cmd=list")).doesNotContain("\"pwd\":");
        assertThat(get(device(3), "/device.rsp?opt=user&cmd=list", "Cookie: uid=admin")).doesNotContain("\"pwd\":");
    }

    @Test
    void ptzopticsParamCgiAnswersWithoutAuthorizationOnlyBefore6340() throws IOException {
        assertThat(get(device(4), "/cgi-bin/param.cgi?get_device_conf")).startsWith("HTTP/1.1 200")
                .contains("versioninfo=\"SOC v6.3.34\"");
        assertThat(get(device(5), "/cgi-bin/param.cgi?get_device_conf")).startsWith("HTTP/1.1 401");
        String right = Base64.getEncoder().encodeToString(("admin:" + device(5).spec().password())
                .getBytes(StandardCharsets.UTF_8));
        assertThat(get(device(5), "/cgi-bin/param.cgi?get_device_conf", "Authorization: Basic " + right))
                .startsWith("HTTP/1.1 200").contains("6.3.40");
    }

    @Test
    void nvms1000ServesFilesOutsideItsRoot() throws IOException {
        assertThat(get(device(6), "/")).contains("<title>NVMS-1000</title>");
        assertThat(get(device(6), "/../../../../../../../../../../../../windows/win.ini"))
                .startsWith("HTTP/1.1 200").containsPattern("\\[(font|extension|file)s\\]");
    }

    @Test
    void qnapNuuoAndGeoVisionAnswerTheirIdentityReads() throws IOException {
        assertThat(get(device(7), "/cgi-bin/authLogin.cgi")).contains("<QDocRoot version=\"1.0\">")
                .contains("<internalModelName><![CDATA[VS-2108L]]></internalModelName>")
                .contains("<version><![CDATA[4.1.3]]></version>");
        assertThat(get(device(8), "/")).contains("<title>Network Video Recorder Login</title>")
                .contains("js?v=03.11.0000.0016");
        assertThat(get(device(8), "/upgrade_handle.php?cmd=getcurrentinfo")).contains("<Titan>03.11.0000.0016</Titan>");
        assertThat(get(device(9), "/")).contains("Server: GeoHttpServer").contains("<title>GeoVision Inc. - GV-VS12</title>");
    }
}
