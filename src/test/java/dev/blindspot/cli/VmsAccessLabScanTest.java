package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.lab.AppSettings;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanProfile;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Frigate's unauthenticated port and ZoneMinder with auth off, scanned in the lab: findings exactly where planted,
 * hardened installs clean.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VmsAccessLabScanTest {

    private static final String FIRST = "127.64.1.1";

    private RunningLab lab;
    private Report report;

    @BeforeAll
    void scanLab() throws Exception {
        DeviceSpec frigate = DeviceSpec.defaults(DeviceKind.FRIGATE);
        DeviceSpec zm = DeviceSpec.defaults(DeviceKind.ZONEMINDER);
        List<DeviceSpec> specs = List.of(
                frigate,                                                                     // .1 5000 open
                frigate.withApp(AppSettings.DEFAULT),                                        // .2 8971 only, login on
                frigate.withApp(AppSettings.DEFAULT.withLoginRequired(false)),               // .3 8971 with auth off
                zm,                                                                          // .4 auth off
                zm.withApp(AppSettings.DEFAULT).withPassword("Zm9!kQ3#vT7p"));              // .5 auth on, strong
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
    void findingsAppearExactlyWherePlanted() {
        LabScore score = LabScore.of(report, lab.answerKey());
        assertThat(score.misses()).isEmpty();
        assertThat(score.falseAlarms()).isEmpty();
        assertThat(failing("frigate-unauthenticated-api")).containsExactly("127.64.1.1:5000", "127.64.1.3:8971");
        assertThat(failing("zoneminder-auth-disabled")).containsExactly("127.64.1.4:" + zmPort());
    }

    @Test
    void hardenedInstallsPass() {
        assertThat(report.findings()).filteredOn(f -> f.checkId().equals("frigate-unauthenticated-api")
                        && f.status().equals("pass")).extracting(f -> f.asset() + ":" + f.port().orElseThrow())
                .contains("127.64.1.1:8971", "127.64.1.2:8971");
        assertThat(report.findings()).filteredOn(f -> f.checkId().equals("zoneminder-auth-disabled")
                && f.status().equals("pass")).extracting(f -> f.asset()).containsExactly("127.64.1.5");
    }

    private List<String> failing(String checkId) {
        return report.findings().stream().filter(f -> f.checkId().equals(checkId) && f.status().equals("fail"))
                .map(f -> f.asset() + ":" + f.port().orElseThrow()).sorted().toList();
    }

    private int zmPort() {
        return lab.devices().get(3).port("http").orElseThrow();
    }
}
