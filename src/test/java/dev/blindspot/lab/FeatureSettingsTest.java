package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Convenience features show where the real firmware shows them, in the bytes of the real answers. */
class FeatureSettingsTest {

    private static RunningLab lab;

    @BeforeAll
    static void start() {
        DeviceSpec hik = DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA).withHttpAuth(HttpAuth.BASIC);
        DeviceSpec axis = DeviceSpec.defaults(DeviceKind.HARDENED_CAMERA).withHttpAuth(HttpAuth.BASIC);
        lab = Lab.start(List.of(hik, hik.withFeatures(Features.NONE.withP2pCloud(true)), axis,
                axis.withFeatures(Features.NONE.withUpnp(true))), TestLabs.options().withFirstAddress("127.31.4.1"));
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void hikvisionShowsHikConnectInItsEzvizSettingsExactlyAsTheRealDeviceDoes() throws Exception {
        String sample = Samples.text("hikvision/System_Network_EZVIZ_disabled_DS-K1A340FWX.xml");
        Wire.Reply off = get(lab.devices().get(0), "/ISAPI/System/Network/EZVIZ", "admin", "12345");
        Wire.Reply on = get(lab.devices().get(1), "/ISAPI/System/Network/EZVIZ", "admin", "12345");
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.body()).isEqualTo(Samples.bytes("hikvision/System_Network_EZVIZ_disabled_DS-K1A340FWX.xml"));
        assertThat(on.text()).isEqualTo(sample.replace("<enabled>false</enabled>", "<enabled>true</enabled>"));
        assertThat(get(lab.devices().get(1), "/ISAPI/System/Network/EZVIZ", "admin", "wrong").status()).isEqualTo(401);
    }

    @Test
    void axisShowsUpnpInItsParameterListExactlyAsTheRealDeviceDoes() throws Exception {
        String sample = Samples.text("axis/param_cgi_list_Network_UPnP.txt");
        String password = DeviceSpec.defaults(DeviceKind.HARDENED_CAMERA).password();
        LabDevice upnp = lab.devices().get(3);
        Wire.Reply on = get(upnp, "/axis-cgi/param.cgi?action=list&group=root.Network.UPnP", "root", password);
        Wire.Reply off = get(lab.devices().get(2), "/axis-cgi/param.cgi?action=list&group=root.Network.UPnP", "root",
                password);
        String serial = on.text().lines().filter(l -> l.startsWith("root.Network.UPnP.FriendlyName=")).findFirst()
                .orElseThrow().replaceAll(".* - ", "");
        assertThat(serial).matches("ACCC8E[0-9A-F]{6}");
        assertThat(on.text()).isEqualTo(sample.replace("ACCC12345678", serial));
        assertThat(off.text()).contains("root.Network.UPnP.Enabled=no\n");
    }

    private static Wire.Reply get(LabDevice device, String target, String user, String password) throws Exception {
        return Wire.exchange(device.address(), device.ports().get("http"), "GET " + target + " HTTP/1.1\r\n"
                + "Host: cam\r\nAuthorization: " + Auth.basic(user, password) + "\r\nConnection: close\r\n\r\n");
    }
}
