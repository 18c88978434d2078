package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.lab.AppSettings;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.PortMapping;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanProfile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Scans a lab of the VMS applications and non-surveillance hosts with the real scanner (standard profile) and
 * scores it against the answer key: every device identified by vendor and class, nothing reported that was not
 * planted, and the planted weaknesses the scanner cannot reach yet named explicitly (see {@link #KNOWN_MISSES}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VmsLabScanTest {

    private static final String FIRST = "127.34.10.1";

    /**
     * Planted weaknesses the scanner cannot reach yet: none. (ZoneMinder's admin/admin and motionEye's admin with an
     * empty password, whose logins are a form and a signed request, are found by ZoneMinderLogin and MotionEyeLogin.)
     */
    private static final List<String> KNOWN_MISSES = List.of();

    private RunningLab lab;
    private Report report;

    @BeforeAll
    void scanLab() throws Exception {
        DeviceSpec frigate = DeviceSpec.defaults(DeviceKind.FRIGATE);
        DeviceSpec zm = DeviceSpec.defaults(DeviceKind.ZONEMINDER);
        DeviceSpec motioneye = DeviceSpec.defaults(DeviceKind.MOTIONEYE);
        List<DeviceSpec> specs = List.of(
                frigate,                                                                   // .1 5000 open + 8971
                frigate.withApp(AppSettings.DEFAULT),                                      // .2 8971 only, login on
                zm,                                                                        // .3 auth off
                zm.withApp(AppSettings.DEFAULT),                                           // .4 auth on, admin/admin
                zm.withApp(AppSettings.DEFAULT).withPassword("Zm9!kQ3#vT7p"),             // .5 auth on, strong
                DeviceSpec.defaults(DeviceKind.SHINOBI),                                   // .6
                motioneye,                                                                 // .7 admin/""
                motioneye.withPassword("Me4#tR8!qZ2w"),                                    // .8
                DeviceSpec.defaults(DeviceKind.BLUE_IRIS),                                 // .9
                DeviceSpec.defaults(DeviceKind.MILESTONE),                                 // .10
                DeviceSpec.defaults(DeviceKind.UPNP_ROUTER).withApp(AppSettings.DEFAULT.withPortMappings(List.of(
                        PortMapping.tcp(8554, "127.34.10.1", 554, "camera rtsp")))),     // .11
                DeviceSpec.defaults(DeviceKind.WORKSTATION),                               // .12
                DeviceSpec.defaults(DeviceKind.PRINTER));                                  // .13
        lab = Lab.start(specs, LabOptions.defaults().withFirstAddress(FIRST));
        report = LabScans.scan(lab, ScanProfile.standard());
    }

    @AfterAll
    void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void nothingIsReportedThatWasNotPlanted() {
        LabScore score = LabScore.of(report, lab.answerKey());
        assertThat(score.falseAlarms()).isEmpty();
        assertThat(score.misses()).containsExactlyInAnyOrderElementsOf(KNOWN_MISSES);
    }

    @Test
    void everyDeviceIsIdentifiedByVendorAndClass() {
        Map<String, AssetEntry> assets = report.assets().stream()
                .collect(Collectors.toMap(AssetEntry::address, Function.identity()));
        for (LabDevice d : lab.devices()) {
            AssetEntry asset = assets.get(d.address());
            assertThat(asset).as(d.address() + " " + d.kind()).isNotNull();
            assertThat(asset.vendor()).as(d.address() + " " + d.kind()).isEqualTo(Optional.of(d.vendor()));
            assertThat(asset.deviceClass()).as(d.address() + " " + d.kind())
                    .isEqualTo(Optional.of(d.deviceClass().wireName()));
        }
    }

    @Test
    void nonSurveillanceHostsAreClassedAsSuch() {
        Map<String, AssetEntry> assets = report.assets().stream()
                .collect(Collectors.toMap(AssetEntry::address, Function.identity()));
        assertThat(assets.get("127.34.10.11").deviceClass()).contains(DeviceClass.NETWORK.wireName());
        assertThat(assets.get("127.34.10.12").deviceClass()).contains(DeviceClass.WORKSTATION.wireName());
        assertThat(assets.get("127.34.10.13").deviceClass()).contains(DeviceClass.PRINTER.wireName());
    }
}
