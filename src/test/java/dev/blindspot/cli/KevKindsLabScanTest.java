package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.OnvifAuthMode;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.lab.Weakness;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The KEV lab's kinds scanned the default way (vendor defaults only, no operator credentials): every vendor is named,
 * and what the existing checks can see (a D-Link's factory blank password, Basic over plain HTTP, open ONVIF) is
 * found exactly where the lab plants it.
 */
class KevKindsLabScanTest {

    @Test
    void defaultScanOfEveryKevKindAndVariants() throws Exception {
        DeviceSpec dcsFactory = DeviceSpec.defaults(DeviceKind.DLINK_CAMERA).withCredentials("admin", "");
        List<DeviceSpec> specs = List.of(
                DeviceSpec.defaults(DeviceKind.GEOVISION_DEVICE),
                DeviceSpec.defaults(DeviceKind.GEOVISION_DEVICE).withOnvifAuthMode(OnvifAuthMode.STANDARD),
                DeviceSpec.defaults(DeviceKind.TVT_NVMS1000),
                DeviceSpec.defaults(DeviceKind.TBK_DVR),
                DeviceSpec.defaults(DeviceKind.NUUO_NVR),
                DeviceSpec.defaults(DeviceKind.DLINK_CAMERA),
                dcsFactory,
                DeviceSpec.defaults(DeviceKind.DLINK_NVR),
                DeviceSpec.defaults(DeviceKind.EDIMAX_CAMERA),
                DeviceSpec.defaults(DeviceKind.PTZOPTICS_CAMERA),
                DeviceSpec.defaults(DeviceKind.PTZOPTICS_CAMERA).withOnvifAuthMode(OnvifAuthMode.STANDARD),
                DeviceSpec.defaults(DeviceKind.QNAP_VIOSTOR));
        assertThat(Weakness.of(dcsFactory)).contains(Weakness.DEFAULT_CREDENTIALS_ACCEPTED);
        try (RunningLab lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.93.0.1"))) {
            Report report = LabScans.scan(lab, ScanProfile.standard());
            LabScore score = LabScore.of(report, lab.answerKey());
            assertThat(score.misses()).as(score.render()).isEmpty();
            assertThat(score.falseAlarms()).as(score.render()).isEmpty();
            assertThat(score.wrongVendors()).as(score.render()).isEmpty();
            assertThat(score.vendorsRight()).isEqualTo(specs.size());
            assertThat(score.byCheck().get("default-credentials-accepted").truePositives()).isEqualTo(1);
            assertThat(score.byCheck().get("onvif-unauthenticated-access").truePositives()).isEqualTo(3);
            assertThat(score.byCheck().get("http-basic-auth-cleartext").truePositives()).isEqualTo(6);
        }
    }
}
