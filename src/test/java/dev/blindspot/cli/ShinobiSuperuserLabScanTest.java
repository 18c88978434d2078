package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.lab.AccountAttempts;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanProfile;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Shinobi's factory superuser (super.sample.json admin@shinobi.video / admin) found through its own login,
 * {@code POST /super?json=true} with {@code function=super} (lab 127.70.3.0/24): once per device, never on the
 * dashboard login; a changed superuser password and a dashboard-only install stay clean.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShinobiSuperuserLabScanTest {

    private static final String SUPER = "admin@shinobi.video";
    private RunningLab lab;
    private Report report;

    @BeforeAll
    void scanLab() throws Exception {
        DeviceSpec shinobi = DeviceSpec.defaults(DeviceKind.SHINOBI);
        List<DeviceSpec> specs = List.of(
                shinobi.withCredentials(SUPER, "admin"),          // .1 factory superuser
                shinobi.withCredentials(SUPER, "Sup3r#Changed-9"),  // .2 superuser password changed
                shinobi);                                           // .3 dashboard account only (superuser changed)
        lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.70.3.1"));
        report = LabScans.scan(lab, ScanProfile.standard());
    }

    @AfterAll
    void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void theFactorySuperuserIsFoundExactlyWherePlanted() {
        assertThat(lab.answerKey().devices()).filteredOn(d -> d.failing().contains("default-credentials-accepted"))
                .extracting(d -> d.address()).containsExactly("127.70.3.1");
        LabScore score = LabScore.of(report, lab.answerKey());
        assertThat(score.misses()).isEmpty();
        assertThat(score.falseAlarms()).isEmpty();
        assertThat(report.findings()).filteredOn(f -> f.checkId().equals("default-credentials-accepted")
                && f.asset().equals("127.70.3.1")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("admin@shinobi.video:****"));
    }

    @Test
    void eachDeviceGetsOneAttemptForThePair() {
        assertThat(lab.attempts("127.70.3.1", LoginProtocol.HTTP_FORM)).containsEntry(SUPER, new AccountAttempts(1, 0));
        assertThat(lab.attempts("127.70.3.2", LoginProtocol.HTTP_FORM)).containsEntry(SUPER, new AccountAttempts(0, 1));
        assertThat(lab.attempts("127.70.3.3", LoginProtocol.HTTP_FORM)).containsEntry(SUPER, new AccountAttempts(0, 1));
    }
}
