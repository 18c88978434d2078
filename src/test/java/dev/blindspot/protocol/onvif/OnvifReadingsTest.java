package dev.blindspot.protocol.onvif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blindspot.inventory.OnvifReply;
import dev.blindspot.protocol.http.Samples;
import dev.blindspot.scan.ProbeOutcome;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GetCapabilities, GetUsers, GetProfiles and GetStreamUri answers read from real-derived samples; no secret kept. */
class OnvifReadingsTest {

    private static Map<String, String> fields(String operation, String sample) throws Exception {
        ProbeOutcome<OnvifReply> outcome = OnvifSoap.parse(operation, 200, Samples.bytes("onvif/" + sample));
        assertThat(outcome).isInstanceOf(ProbeOutcome.Answered.class);
        OnvifReply reply = outcome.answer().orElseThrow();
        assertThat(reply.succeeded()).isTrue();
        return reply.fields();
    }

    @Test
    void getUsersKeepsUsernamesAndLevelsButNeverThePasswords() throws Exception {
        Map<String, String> f = fields("GetUsers", "agsh_mockup_device.GetUsers.xml");
        assertThat(f).containsEntry("Users", "admin (Administrator), operator (Operator)")
                .containsEntry("UserCount", "2").containsEntry("PasswordsReturned", "true");
        // the sample's passwords are the usernames: no value may hold them except the Users list itself
        assertThat(f.keySet()).doesNotContain("Password");
        assertThat(String.join("|", f.values())).doesNotContain("admin|").doesNotContain(">admin<");
        assertThat(f.values()).noneMatch(v -> v.equals("admin") || v.equals("operator"));
    }

    @Test
    void getProfilesGivesTheCountAndAPlainFirstToken() throws Exception {
        assertThat(fields("GetProfiles", "agsh_mockup_GetProfiles.xml"))
                .isEqualTo(Map.of("ProfileCount", "1", "ProfileToken", "main"));
    }

    @Test
    void getCapabilitiesGivesTheMediaXAddr() throws Exception {
        assertThat(fields("GetCapabilities", "dahua_GetCapabilitiesResponse.xml"))
                .containsEntry("Media.XAddr", "http://192.168.1.123/onvif/media_service")
                .containsEntry("Device.XAddr", "http://192.168.1.123/onvif/device_service");
        assertThat(fields("GetCapabilities", "agsh_mockup_GetCapabilities.xml")).containsKey("Media.XAddr");
        assertThat(OnvifProbe.pathOf("http://192.168.1.123/onvif/media_service")).contains("/onvif/media_service");
        assertThat(OnvifProbe.pathOf("http://192.168.1.123/onvif/x?a=b")).isEmpty();
        assertThat(OnvifProbe.pathOf("http://h/<x>")).isEmpty();
    }

    @Test
    void getStreamUriIsKeptWithUserInfoMasked() throws Exception {
        assertThat(fields("GetStreamUri", "agsh_mockup_GetStreamUri.xml")).containsEntry("Uri", "rtsp://192.168.68.111/h264main");
        assertThat(fields("GetStreamUri", "dahua_GetStreamUriResponse.xml")).containsEntry("Uri",
                "rtsp://192.168.1.123:554/cam/realmonitor?channel=1&subtype=1&unicast=true&proto=Onvif");
        assertThat(OnvifReadings.maskUserInfo("rtsp://admin:s3cret@10.0.0.1:554/live")).isEqualTo("rtsp://****@10.0.0.1:554/live");
        assertThat(OnvifReadings.maskUserInfo("rtsp://admin:s e@cret@10.0.0.1/live")).doesNotContain("s e").doesNotContain("admin");
    }

    @Test
    void getStreamUriRequestCarriesOnlyPlainTokens() {
        String xml = new String(OnvifSoap.envelope(OnvifOperation.getStreamUri("main")), StandardCharsets.UTF_8);
        assertThat(xml).contains("<ProfileToken>main</ProfileToken>", "RTP-Unicast", "<Protocol>RTSP</Protocol>");
        assertThatThrownBy(() -> OnvifOperation.getStreamUri("a</ProfileToken><x>")).isInstanceOf(IllegalArgumentException.class);
    }
}
