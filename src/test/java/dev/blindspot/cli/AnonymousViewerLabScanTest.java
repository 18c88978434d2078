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
 * The anonymous viewer opens the RTSP stream where the vendor documents it (lab 127.70.2.0/24): Dahua "Anonymous
 * Login" (current camera and NVR, and an Amcrest OEM) serves DESCRIBE without credentials and the answer key plants
 * rtsp-unauthenticated-stream; Hikvision "Anonymous Visit" and Axis "anonymous viewers" open the snapshot only, their
 * RTSP still challenges. The scan finds exactly what is planted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymousViewerLabScanTest {

    private static final String STRONG = "An0n!Qz7#Lk2";
    private static final Features ANON = Features.NONE.withAnonymousViewer(true);
    private RunningLab lab;
    private Report report;

    @BeforeAll
    void scanLab() throws Exception {
        List<DeviceSpec> specs = List.of(
                spec(DeviceKind.DAHUA_CAMERA).withFeatures(ANON),                    // .1 RTSP open
                spec(DeviceKind.DAHUA_NVR).withFeatures(ANON),                       // .2 RTSP open
                spec(DeviceKind.DAHUA_CAMERA).withVendor("Amcrest").withFeatures(ANON), // .3 RTSP open
                spec(DeviceKind.DAHUA_CAMERA),                                       // .4 closed
                spec(DeviceKind.HIKVISION_CAMERA).withFeatures(ANON),                // .5 snapshot only
                spec(DeviceKind.AXIS_CAMERA).withFeatures(ANON),                     // .6 snapshot only
                spec(DeviceKind.DAHUA_OLD_CAMERA).withFeatures(ANON));               // .7 snapshot CGI only
        lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.70.2.1"));
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
    void theKeyPlantsOpenRtspOnlyWhereTheVendorsAnonymousViewerOpensIt() {
        assertThat(lab.answerKey().devices()).filteredOn(d -> d.failing().contains("rtsp-unauthenticated-stream"))
                .extracting(d -> d.address()).containsExactly("127.70.2.1", "127.70.2.2", "127.70.2.3");
        assertThat(lab.answerKey().devices()).filteredOn(d -> d.failing().contains("snapshot-unauthenticated"))
                .extracting(d -> d.address()).containsExactly("127.70.2.1", "127.70.2.2", "127.70.2.3", "127.70.2.5",
                        "127.70.2.6", "127.70.2.7");
    }

    @Test
    void theScanFindsExactlyWhatIsPlanted() {
        LabScore score = LabScore.of(report, lab.answerKey());
        assertThat(score.misses()).isEmpty();
        assertThat(score.falseAlarms()).isEmpty();
        assertThat(score.vendorsRight()).isEqualTo(lab.answerKey().devices().size());
        assertThat(report.findings()).filteredOn(f -> f.checkId().equals("rtsp-unauthenticated-stream") && f.failing())
                .extracting(FindingEntry::asset).containsExactlyInAnyOrder("127.70.2.1", "127.70.2.2", "127.70.2.3");
        assertThat(report.findings()).filteredOn(f -> f.checkId().equals("snapshot-unauthenticated")
                && f.asset().equals("127.70.2.1")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("anonymous viewing enabled", "Anonymous Login"));
    }

    @Test
    void noDefaultCredentialIsClaimedOnTheOpenStream() {
        assertThat(report.findings()).noneMatch(f -> f.checkId().equals("default-credentials-accepted") && f.failing());
    }
}
