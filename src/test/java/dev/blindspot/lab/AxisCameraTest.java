package dev.blindspot.lab;

import static dev.blindspot.lab.HikvisionCameraTest.http;
import static dev.blindspot.lab.HikvisionCameraTest.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Axis camera's VAPIX against the axis/* samples (Kane610/axis fixtures, AxisCommunications/acap-rs). */
class AxisCameraTest {

    private static final String BUILD_DATE = "Apr 29 2020 06:50";

    private static RunningLab lab;
    private static LabDevice camera;
    private static LabDevice strong;
    private static LabDevice unclaimed;

    @BeforeAll
    static void start() {
        DeviceSpec spec = DeviceSpec.defaults(DeviceKind.AXIS_CAMERA);
        lab = Lab.start(List.of(spec, spec.withPassword("Ax7@Lp3$eV9kW"), spec.withFirmware("11.11.73")
                .withPassword("")), TestLabs.options());
        camera = lab.devices().get(0);
        strong = lab.devices().get(1);
        unclaimed = lab.devices().get(2);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void unrestrictedDeviceInfoNeedsNoLoginAndIsTheSampleWithThisUnitsValues() throws Exception {
        Wire.Reply reply = post(camera, "/axis-cgi/basicdeviceinfo.cgi",
                "{\"apiVersion\":\"1.3\",\"method\":\"getAllUnrestrictedProperties\"}", null);
        String serial = serial(camera);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Server")).contains("Apache/2.4.27 (Unix) OpenSSL/1.0.2k");
        String hardwareId = hardwareId(reply.text());
        assertThat(reply.text()).isEqualTo(Samples.text(
                "axis/basicdeviceinfo_getAllUnrestrictedProperties_P8815-2_fw10.12.json")
                .replace("P8815-2", "M1065-LW").replace("\"7C5\"", "\"" + hardwareId + "\"")
                .replace("3D People Counter", "Network Camera").replace("10.12.228", "9.80.1")
                .replace("1234567890AB", serial).replace("Feb 23 2024 22:15", BUILD_DATE));
    }

    @Test
    void allPropertiesNeedDigestInTheAxisRealmAndMatchTheSample() throws Exception {
        String body = "{\"apiVersion\":\"1.1\",\"context\":\"Axis library\",\"method\":\"getAllProperties\"}";
        Wire.Reply anonymous = post(camera, "/axis-cgi/basicdeviceinfo.cgi", body, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate").orElseThrow())
                .startsWith("Digest realm=\"AXIS_" + serial(camera) + "\"");

        Wire.Reply reply = post(camera, "/axis-cgi/basicdeviceinfo.cgi", body, "pass");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text()).isEqualTo(Samples.text("axis/basicdeviceinfo_getAllProperties.json")
                .replace("ACCC12345678", serial(camera)).replace("\"70E\"", "\"" + hardwareId(reply.text()) + "\""));
        assertThat(post(strong, "/axis-cgi/basicdeviceinfo.cgi", body, "pass").status()).isEqualTo(401);
    }

    @Test
    void paramListIsTheFullSampleTreeOfThisUnit() throws Exception {
        assertThat(get(camera, "/axis-cgi/param.cgi?action=list", null).status()).isEqualTo(401);
        Wire.Reply all = get(camera, "/axis-cgi/param.cgi?action=list", "pass");
        String serial = serial(camera);
        String mac = serial.replaceAll("(..)(?!$)", "$1:");
        String host = "axis-" + serial.toLowerCase(Locale.ROOT);
        String hardwareId = all.text().lines().filter(l -> l.startsWith("root.Properties.System.HardwareID="))
                .findFirst().orElseThrow().substring("root.Properties.System.HardwareID=".length());

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.header("Content-Type")).contains("text/plain");
        String expected = Samples.text("axis/param_cgi_list_full.txt").replace("ACCC12345678", serial)
                .replace("AC:CC:12:34:56:78", mac).replace("axis-accc8e7ea36d", host).replace("axis-accc12345678", host)
                .replace("=9.10.1", "=9.80.1").replace(",8.20.1", ",9.80.1").replace("Feb 15 2019 09:42", BUILD_DATE)
                .replace("HardwareID=70E", "HardwareID=" + hardwareId);
        assertThat(all.body()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));

        Wire.Reply properties = get(camera, "/axis-cgi/param.cgi?action=list&group=root.Properties", "pass");
        assertThat(properties.text().lines()).allMatch(l -> l.startsWith("root.Properties."))
                .containsAll(Samples.text("axis/param_cgi_list_Properties_Firmware.txt").replace("ACCC12345678", serial)
                        .replace("9.10.1", "9.80.1").replace("Feb 15 2019 09:42", BUILD_DATE)
                        .replace("=70E", "=" + hardwareId).lines().toList());
    }

    @Test
    void apiDiscoveryAndPasswordGroupsAnswerTheSamplesBehindLogin() throws Exception {
        Wire.Reply apis = post(camera, "/axis-cgi/apidiscovery.cgi", "{\"method\":\"getApiList\",\"apiVersion\":\"1.0\"}",
                "pass");
        Wire.Reply groups = get(camera, "/axis-cgi/pwdgrp.cgi?action=get", "pass");

        assertThat(apis.body()).isEqualTo(Samples.bytes("axis/apidiscovery_getApiList.json"));
        assertThat(groups.body()).isEqualTo(Samples.bytes("axis/pwdgrp_cgi_get.txt"));
        assertThat(get(camera, "/axis-cgi/pwdgrp.cgi?action=get", null).status()).isEqualTo(401);
        assertThat(lab.attempts(camera.address(), LoginProtocol.HTTP_DIGEST).get("root").accepted()).isPositive();
    }

    @Test
    void systemReadyTellsWhetherTheUnitStillNeedsSetupWithoutLogin() throws Exception {
        String body = "{\"apiVersion\":\"1.4\",\"method\":\"systemready\"}";
        Wire.Reply needsSetup = post(unclaimed, "/axis-cgi/systemready.cgi", body, null);
        Wire.Reply ready = post(camera, "/axis-cgi/systemready.cgi", body, null);

        assertThat(needsSetup.status()).isEqualTo(200);
        assertThat(needsSetup.body()).isEqualTo(Samples.bytes("axis/systemready_needsetup_fw11.11.json"));
        assertThat(ready.text()).contains("\"systemready\": \"yes\"", "\"needsetup\": \"no\"")
                .doesNotContain("previewmode");
    }

    @Test
    void aUnitNeverSetUpHasNoAccountSoNotEvenABlankPasswordLogsIn() throws Exception {
        // AXIS OS creates the first account with pwdgrp.cgi action=add (no login); until then no login exists
        assertThat(get(unclaimed, "/axis-cgi/pwdgrp.cgi?action=get", "").status()).isEqualTo(401);
        assertThat(lab.attempts(unclaimed.address(), LoginProtocol.HTTP_DIGEST).get("root").accepted()).isZero();
    }

    @Test
    void rtspRealmIsAxisMacAndTheFactoryPasswordIsPlanted() throws Exception {
        try (Wire wire = Wire.connect(camera.address(), rtsp(camera))) {
            Wire.Reply describe = wire.send("DESCRIBE rtsp://" + camera.address() + "/axis-media/media.amp RTSP/1.0\r\n"
                    + "CSeq: 1\r\n\r\n");
            assertThat(describe.names()).isEqualTo(Samples.reply("axis/rtsp_describe_401_digest.txt").names());
            assertThat(Auth.params(describe.header("WWW-Authenticate").orElseThrow()).get("realm"))
                    .isEqualTo("AXIS_" + serial(camera));
        }
        assertThat(camera.failing()).containsExactly("default-credentials-accepted");
        assertThat(strong.failing()).isEmpty();
        // AXIS OS 11.11.73 predates the 11.11.140 security release (CVE-2025-0324) of the release data
        assertThat(unclaimed.failing()).containsExactlyInAnyOrder("device-not-set-up", "security-update-overdue");
        assertThat(camera.ports()).containsOnlyKeys("http", "rtsp", "onvif");
    }

    private static String serial(LabDevice device) throws Exception {
        Wire.Reply reply = get(device, "/axis-cgi/usergroup.cgi", null);
        String realm = Auth.params(reply.header("WWW-Authenticate").orElseThrow()).get("realm");
        return realm.substring("AXIS_".length());
    }

    private static String hardwareId(String json) {
        int at = json.indexOf("\"HardwareID\": \"") + "\"HardwareID\": \"".length();
        return json.substring(at, json.indexOf('"', at));
    }

    private static Wire.Reply get(LabDevice device, String path, String password) throws Exception {
        return request(device, "GET", path, "", password);
    }

    private static Wire.Reply post(LabDevice device, String path, String body, String password) throws Exception {
        return request(device, "POST", path, body, password);
    }

    /** One request, answered as Apache does (Connection: close): challenge, then credentials on a new connection. */
    private static Wire.Reply request(LabDevice device, String method, String path, String body, String password)
            throws Exception {
        String head = method + " " + path + " HTTP/1.1\r\nHost: cam\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n";
        Wire.Reply first = Wire.exchange(device.address(), http(device), head + "\r\n" + body);
        if (password == null || first.status() != 401) {
            return first;
        }
        String challenge = first.header("WWW-Authenticate").orElseThrow();
        return Wire.exchange(device.address(), http(device), head + "Authorization: "
                + Auth.digest(challenge, method, path, "root", password) + "\r\n\r\n" + body);
    }
}
