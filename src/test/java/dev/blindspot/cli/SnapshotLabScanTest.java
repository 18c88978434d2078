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
 * Snapshots without credentials, scanned in the lab (127.65.1.0/24): Hikvision, Dahua (and OEM) and Axis devices
 * with the anonymous viewer on FAIL, the same devices hardened PASS, other vendors raise no false alarm; the answer
 * key plants exactly what the devices serve.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotLabScanTest {

    private static final String FIRST = "127.65.1.1";
    private static final String STRONG = "Sn4p!Qz7#Lk2";
    private static final Features ANON = Features.NONE.withAnonymousViewer(true);

    private RunningLab lab;
    private Report report;

    @BeforeAll
    void scanLab() throws Exception {
        List<DeviceSpec> specs = List.of(
                spec(DeviceKind.HIKVISION_CAMERA).withFeatures(ANON),                  // .1 open
                spec(DeviceKind.HIKVISION_CAMERA),                                     // .2 hardened
                spec(DeviceKind.HIKVISION_NVR).withFeatures(ANON),                     // .3 open
                spec(DeviceKind.DAHUA_OLD_CAMERA).withFeatures(ANON),                  // .4 open (CGI auth off)
                spec(DeviceKind.DAHUA_CAMERA).withVendor("Amcrest").withFeatures(ANON), // .5 open
                spec(DeviceKind.DAHUA_NVR).withVendor("Lorex"),                        // .6 hardened
                spec(DeviceKind.AXIS_CAMERA).withFeatures(ANON),                       // .7 open
                spec(DeviceKind.AXIS_CAMERA),                                          // .8 hardened
                spec(DeviceKind.UNIVIEW_CAMERA).withFeatures(ANON),                    // .9 not modelled: no snapshot open
                spec(DeviceKind.HANWHA_CAMERA),                                        // .10
                spec(DeviceKind.REOLINK_CAMERA),                                       // .11
                spec(DeviceKind.DAHUA_OLD_CAMERA));                                    // .12 hardened (Basic)
        lab = Lab.start(specs, LabOptions.defaults().withFirstAddress(FIRST));
        report = LabScans.scan(lab, ScanProfile.standard());
    }

    private static DeviceSpec spec(DeviceKind kind) {
        return DeviceSpec.defaults(kind).withPassword(STRONG);
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
        assertThat(results("fail")).extracting(FindingEntry::asset).containsExactly(
                "127.65.1.1", "127.65.1.3", "127.65.1.4", "127.65.1.5", "127.65.1.7");
        assertThat(lab.answerKey().devices()).filteredOn(d -> d.failing().contains("snapshot-unauthenticated"))
                .extracting(d -> d.address()).containsExactly("127.65.1.1", "127.65.1.3", "127.65.1.4", "127.65.1.5",
                        "127.65.1.7");
    }

    @Test
    void evidenceSaysAnonymousViewingWhereTheConfigurationStillNeedsALogin() {
        FindingEntry hik = result("127.65.1.1");
        assertThat(hik.evidence()).contains("GET /ISAPI/Streaming/channels/101/picture answered 200", "image/jpeg",
                "anonymous viewing enabled", "/ISAPI/System/deviceInfo still asks for a login (HTTP 401)",
                "Anonymous Visit");
        assertThat(result("127.65.1.7").evidence()).contains("/axis-cgi/jpg/image.cgi", "anonymous viewing enabled",
                "Allow anonymous viewers");
        assertThat(result("127.65.1.5").evidence()).contains("/cgi-bin/snapshot.cgi", "anonymous viewing enabled",
                "Anonymous Login");
        assertThat(hik.evidence()).contains(Integer.toString(dev.blindspot.lab.media.JpegStill.bundledFile().length));
    }

    @Test
    void hardenedDevicesPass() {
        assertThat(results("pass")).extracting(FindingEntry::asset)
                .contains("127.65.1.2", "127.65.1.6", "127.65.1.8", "127.65.1.12", "127.65.1.9", "127.65.1.10",
                        "127.65.1.11");
        assertThat(result("127.65.1.11").evidence()).contains("please login first");
    }

    @Test
    void otherVendorsAreAskedTheirOwnPathsAndRaiseNoFalseAlarm() {
        for (String other : List.of("127.65.1.9", "127.65.1.10", "127.65.1.11")) {
            assertThat(result(other).status()).as(other).isNotEqualTo("fail");
        }
    }

    private List<FindingEntry> results(String status) {
        return report.findings().stream().filter(f -> f.checkId().equals("snapshot-unauthenticated")
                && f.status().equals(status)).sorted(java.util.Comparator.comparing(FindingEntry::asset,
                dev.blindspot.inventory.Inventory::compareAddresses)).toList();
    }

    private FindingEntry result(String address) {
        return report.findings().stream().filter(f -> f.checkId().equals("snapshot-unauthenticated")
                && f.asset().equals(address)).findFirst().orElseThrow();
    }
}
