package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Features;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanProfile;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Device-side exposure settings scanned in the lab (127.115.1.0/24): Hikvision, Dahua (and its brands) and Reolink
 * devices left on their factory password have their P2P cloud, DDNS and UPnP switches read after login; on = FAIL
 * naming the vendor's setting, off = PASS, a strong password = UNKNOWN (nothing read, nothing guessed); the answer
 * key plants exactly what the devices have on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceExposureLabScanTest {

    private static final String STRONG = "Ex9!pQ4#zW7k";
    private static final Features ALL = Features.NONE.withP2pCloud(true).withDdns(true).withUpnp(true);

    private RunningLab lab;
    private Report report;

    @BeforeAll
    void scanLab() throws Exception {
        List<DeviceSpec> specs = List.of(
                DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA).withFeatures(ALL),                      // .1
                DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA),                                        // .2
                DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA).withPassword(STRONG).withFeatures(ALL), // .3
                DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA).withPassword("admin")
                        .withFeatures(Features.NONE.withP2pCloud(true)),                                 // .4
                DeviceSpec.defaults(DeviceKind.DAHUA_NVR).withVendor("Lorex").withPassword("admin")
                        .withFeatures(Features.NONE.withDdns(true).withUpnp(true)),                      // .5
                DeviceSpec.defaults(DeviceKind.REOLINK_CAMERA)
                        .withFeatures(Features.NONE.withP2pCloud(true).withUpnp(true)),                  // .6
                DeviceSpec.defaults(DeviceKind.REOLINK_NVR),                                             // .7
                DeviceSpec.defaults(DeviceKind.AXIS_CAMERA).withPassword(STRONG)
                        .withFeatures(Features.NONE.withUpnp(true)),                                     // .8
                DeviceSpec.defaults(DeviceKind.AXIS_CAMERA).withFeatures(Features.NONE.withUpnp(true)), // .9 root/pass
                DeviceSpec.defaults(DeviceKind.AXIS_CAMERA),                                             // .10
                DeviceSpec.defaults(DeviceKind.UNIVIEW_CAMERA).withFeatures(ALL));                       // .11
        lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.115.1.1"));
        report = LabScans.scan(lab, ScanProfile.standard());
    }

    @AfterAll
    void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void findingsAppearExactlyWherePlanted() {
        LabScore score = LabScore.of(report, lab.answerKey());
        assertThat(score.misses()).isEmpty();
        assertThat(score.falseAlarms()).isEmpty();
        assertThat(score.vendorsRight()).isEqualTo(lab.answerKey().devices().size());
        assertThat(assets("device-p2p-cloud-enabled", "fail")).containsExactly("127.115.1.1", "127.115.1.4",
                "127.115.1.6");
        assertThat(assets("device-ddns-enabled", "fail")).containsExactly("127.115.1.1", "127.115.1.5");
        assertThat(assets("device-upnp-enabled", "fail")).containsExactly("127.115.1.1", "127.115.1.5",
                "127.115.1.6", "127.115.1.9");
    }

    @Test
    void evidenceNamesTheVendorsSetting() {
        assertThat(finding("device-p2p-cloud-enabled", "127.115.1.1").evidence())
                .contains("Hik-Connect", "/ISAPI/System/Network/EZVIZ", "<enabled>true</enabled>", "after login");
        assertThat(finding("device-upnp-enabled", "127.115.1.1").evidence())
                .contains("/ISAPI/System/Network/UPnP/ports");
        assertThat(finding("device-p2p-cloud-enabled", "127.115.1.4").evidence())
                .contains("T2UServer", "table.T2UServer.Enable=true");
        assertThat(finding("device-ddns-enabled", "127.115.1.5").evidence()).contains("table.DDNS[0].Enable=true");
        assertThat(finding("device-upnp-enabled", "127.115.1.5").evidence()).contains("table.UPnP.Enable=true");
        assertThat(finding("device-p2p-cloud-enabled", "127.115.1.6").evidence())
                .contains("GetP2p", "\"P2p\": {\"enable\": 1}");
        assertThat(finding("device-upnp-enabled", "127.115.1.9").evidence())
                .contains("root.Network.UPnP.Enabled=yes");
        assertThat(finding("device-p2p-cloud-enabled", "127.115.1.1").severity()).isEqualTo(dev.blindspot.check.Severity.HIGH);
        assertThat(finding("device-ddns-enabled", "127.115.1.1").severity()).isEqualTo(dev.blindspot.check.Severity.MEDIUM);
    }

    @Test
    void settingsReadAndOffPass() {
        for (String check : List.of("device-p2p-cloud-enabled", "device-ddns-enabled", "device-upnp-enabled")) {
            assertThat(assets(check, "pass")).as(check).contains("127.115.1.2", "127.115.1.7");
        }
        assertThat(finding("device-ddns-enabled", "127.115.1.4").status()).isEqualTo("pass");
        assertThat(finding("device-upnp-enabled", "127.115.1.10").status()).isEqualTo("pass");
        assertThat(finding("device-p2p-cloud-enabled", "127.115.1.2").evidence()).contains("<enabled>false</enabled>");
    }

    @Test
    void withoutWorkingCredentialsItIsUnknownNeverPass() {
        for (String check : List.of("device-p2p-cloud-enabled", "device-ddns-enabled", "device-upnp-enabled")) {
            FindingEntry f = finding(check, "127.115.1.3");
            assertThat(f.status()).as(check).isEqualTo("unknown");
            assertThat(f.evidence()).contains("no working credentials known", "--credentials");
        }
        assertThat(finding("device-upnp-enabled", "127.115.1.8").status()).isEqualTo("unknown");
        // Axis: only UPnP is read; a vendor whose settings are not read gets no result at all, never a PASS
        assertThat(report.findings()).filteredOn(f -> f.asset().equals("127.115.1.8")
                && (f.checkId().equals("device-p2p-cloud-enabled") || f.checkId().equals("device-ddns-enabled")))
                .isEmpty();
        assertThat(report.findings()).filteredOn(f -> f.asset().equals("127.115.1.11")
                && f.checkId().startsWith("device-")).isEmpty();
    }

    private List<String> assets(String check, String status) {
        return report.findings().stream().filter(f -> f.checkId().equals(check) && f.status().equals(status))
                .map(FindingEntry::asset).sorted(dev.blindspot.inventory.Inventory::compareAddresses).toList();
    }

    private FindingEntry finding(String check, String address) {
        return report.findings().stream().filter(f -> f.checkId().equals(check) && f.asset().equals(address))
                .findFirst().orElseThrow(() -> new AssertionError("no " + check + " for " + address));
    }
}
