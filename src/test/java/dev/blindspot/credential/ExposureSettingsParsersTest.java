package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.inventory.ExposureSettingReply;
import dev.blindspot.protocol.xml.XmlRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exposure-setting parsers on the real samples (test resources exposure/, see SOURCES.md) and hostile input. */
class ExposureSettingsParsersTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ExposureSettingsParsersTest.class.getResourceAsStream("/exposure/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void hikConnectSampleIsOff() throws Exception {
        Optional<ExposureSettingReply> r = ExposureSettingsReader.isapi(
                resource("System_Network_EZVIZ_disabled_DS-K1A340FWX.xml"), List.of("enabled"));
        assertThat(r).contains(new ExposureSettingReply(false, "<enabled>false</enabled>"));
    }

    @Test
    void isapiReadsOnlyTheSwitchAtItsPath() throws Exception {
        // modelled layouts (no capture): the top-level <enabled> of UPnP/ports, not the per-port ones
        byte[] ports = text("<ports xmlns=\"http://www.isapi.org/ver20/XMLSchema\"><enabled>false</enabled>"
                + "<portList><port><id>1</id><enabled>true</enabled></port></portList></ports>");
        assertThat(ExposureSettingsReader.isapi(ports, List.of("enabled"))).map(ExposureSettingReply::enabled)
                .contains(false);
        byte[] ddns = text("<DDNSList><DDNS><id>1</id><enabled>false</enabled></DDNS>"
                + "<DDNS><id>2</id><enabled>true</enabled></DDNS></DDNSList>");
        assertThat(ExposureSettingsReader.isapi(ddns, List.of("DDNS", "enabled"))).map(ExposureSettingReply::enabled)
                .contains(true);
        assertThat(ExposureSettingsReader.isapi(text("<UPnP><name>cam</name></UPnP>"), List.of("enabled"))).isEmpty();
        assertThat(ExposureSettingsReader.isapi(text("<UPnP><enabled>maybe</enabled></UPnP>"), List.of("enabled")))
                .isEmpty();
    }

    @Test
    void isapiRejectsEntities() {
        byte[] xxe = text("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<EZVIZ><enabled>&e;</enabled></EZVIZ>");
        assertThatThrownBy(() -> ExposureSettingsReader.isapi(xxe, List.of("enabled")))
                .isInstanceOf(XmlRejectedException.class);
    }

    @Test
    void axisUpnpSampleIsOnForDiscoveryOnly() throws Exception {
        byte[] sample = resource("param_cgi_list_Network_UPnP.txt");
        assertThat(ExposureSettingsReader.axis(sample)).contains(new ExposureSettingReply(true,
                "root.Network.UPnP.Enabled=yes"));
        String off = new String(sample, StandardCharsets.UTF_8).replace("UPnP.Enabled=yes", "UPnP.Enabled=no");
        assertThat(ExposureSettingsReader.axis(text(off))).map(ExposureSettingReply::enabled).contains(false);
        assertThat(ExposureSettingsReader.axis(text(off.replace("NATTraversal.Enabled=no",
                "NATTraversal.Enabled=yes")))).contains(new ExposureSettingReply(true,
                "root.Network.UPnP.NATTraversal.Enabled=yes"));
        assertThat(ExposureSettingsReader.axis(text("# Error: Error -1 getting param in group 'Network.UPnP'\n")))
                .isEmpty();
    }

    @Test
    void dahuaT2uSampleIsOn() throws Exception {
        Optional<ExposureSettingReply> r = ExposureSettingsReader.dahua(
                resource("configManager_getConfig_T2UServer_amcrest.txt"), "table.T2UServer");
        assertThat(r).contains(new ExposureSettingReply(true, "table.T2UServer.Enable=true"));
    }

    @Test
    void dahuaSwitchIsNotAMappingOrAnotherConfig() {
        // modelled UPnP layout (SDK CFG_UPNP_INFO: bEnable + MapTable): a mapping's Enable is not the switch
        byte[] upnp = text("table.UPnP.Enable=false\r\ntable.UPnP.MapTable[0].Enable=true\r\n");
        assertThat(ExposureSettingsReader.dahua(upnp, "table.UPnP")).map(ExposureSettingReply::enabled).contains(false);
        assertThat(ExposureSettingsReader.dahua(text("table.UPnP.MapTable[0].Enable=true\r\n"), "table.UPnP")).isEmpty();
        byte[] ddns = text("table.DDNS[0].Enable=false\r\ntable.DDNS[1].Enable=true\r\n");
        assertThat(ExposureSettingsReader.dahua(ddns, "table.DDNS"))
                .contains(new ExposureSettingReply(true, "table.DDNS[1].Enable=true"));
        assertThat(ExposureSettingsReader.dahua(text("Error\r\nBad Request!\r\n"), "table.DDNS")).isEmpty();
        assertThat(ExposureSettingsReader.dahua(text("table.T2UServer[0].Enable=true\r\n"), "table.T2UServer"))
                .map(ExposureSettingReply::enabled).contains(true);
    }

    @Test
    void reolinkSamplesGiveTheirValueNotTheirFactoryDefault() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode p2p = json.readTree(resource("api_GetP2p_apiguide.json")).get(0);
        JsonNode upnp = json.readTree(resource("api_GetUpnp_apiguide.json")).get(0);
        JsonNode ddns = json.readTree(resource("api_GetDdns_apiguide.json")).get(0);
        assertThat(ExposureSettingsReader.reolinkSwitch(p2p, "P2p"))
                .contains(new ExposureSettingReply(true, "\"P2p\": {\"enable\": 1}"));
        assertThat(ExposureSettingsReader.reolinkSwitch(upnp, "Upnp")).map(ExposureSettingReply::enabled)
                .contains(false);
        assertThat(ExposureSettingsReader.reolinkSwitch(ddns, "Ddns")).map(ExposureSettingReply::enabled)
                .contains(true);
        JsonNode refused = json.readTree("{\"cmd\":\"GetP2p\",\"code\":1,\"error\":{\"rspCode\":-9}}");
        assertThat(ExposureSettingsReader.reolinkSwitch(refused, "P2p")).isEmpty();
    }
}
