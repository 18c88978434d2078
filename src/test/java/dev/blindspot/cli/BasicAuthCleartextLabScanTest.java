package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Features;
import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanProfile;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * http-basic-auth-cleartext under every profile (lab 127.70.1.0/24): a device whose plain-HTTP web server challenges
 * with Basic FAILs from the challenge alone with {@code --profile safe} (no login tried: first-pass 401s and the
 * snapshot probe's 401s), LIKELY; the standard profile confirms it where a Basic login succeeded. Digest devices
 * never fail. Both scans fail exactly where the answer key plants the weakness.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BasicAuthCleartextLabScanTest {

    private static final String STRONG = "Ba5!cQz7#Lk2";
    private RunningLab lab;
    private Report safe;
    private Report standard;
    private int attemptsAfterSafe;

    @BeforeAll
    void scanLab() throws Exception {
        List<DeviceSpec> specs = List.of(
                DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA),                                     // .1 Basic, admin/admin
                DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA).withPassword(STRONG),                // .2 Basic, strong
                DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA).withPassword(STRONG)
                        .withFeatures(Features.NONE.withAnonymousViewer(true)),                     // .3 Basic, snapshot open
                DeviceSpec.defaults(DeviceKind.FOSCAM_CAMERA).withPassword(STRONG),                   // .4 Basic on GET /
                DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA).withPassword(STRONG).withHttpAuth(HttpAuth.BASIC), // .5
                DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA).withPassword(STRONG),                // .6 Digest
                DeviceSpec.defaults(DeviceKind.AXIS_CAMERA).withPassword(STRONG).withHttpAuth(HttpAuth.BASIC), // .7
                DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA));                                        // .8 Digest
        lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.70.1.1"));
        safe = LabScans.scan(lab, ScanProfile.named("safe"));
        attemptsAfterSafe = lab.devices().stream().flatMap(d -> lab.attempts(d.address()).values().stream())
                .mapToInt(dev.blindspot.lab.AccountAttempts::total).sum();
        standard = LabScans.scan(lab, ScanProfile.standard());
    }

    @AfterAll
    void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void theAnswerKeyPlantsEveryBasicDevice() {
        assertThat(lab.answerKey().devices()).filteredOn(d -> d.failing().contains("http-basic-auth-cleartext"))
                .extracting(d -> d.address()).containsExactly("127.70.1.1", "127.70.1.2", "127.70.1.3", "127.70.1.4",
                        "127.70.1.5", "127.70.1.7");
    }

    @Test
    void safeProfileFailsFromTheChallengeAloneWithoutAnyLogin() {
        assertThat(safe.findings()).noneMatch(f -> f.checkId().equals("default-credentials-accepted") && f.failing());
        assertThat(failing(safe)).extracting(FindingEntry::asset).containsExactly("127.70.1.1", "127.70.1.2",
                "127.70.1.3", "127.70.1.4", "127.70.1.5", "127.70.1.7");
        assertThat(failing(safe)).allSatisfy(f -> assertThat(f.confidence()).isEqualTo(dev.blindspot.check.Confidence.LIKELY));
        assertThat(finding(safe, "127.70.1.2").evidence()).contains("GET /cgi-bin/snapshot.cgi", "basic");
        // snapshot open: the configuration page the probe asks next still challenges with Basic
        assertThat(finding(safe, "127.70.1.3").evidence()).contains("configManager.cgi");
        assertThat(finding(safe, "127.70.1.4").evidence()).contains("GET /", "Basic realm=");
        for (String digest : List.of("127.70.1.6", "127.70.1.8")) {
            assertThat(finding(safe, digest).status()).as(digest).isEqualTo("pass");
        }
        assertThat(attemptsAfterSafe).as("login attempts under --profile safe").isZero();
    }

    @Test
    void standardProfileConfirmsWhereTheDefaultBasicLoginSucceeded() {
        assertThat(failing(standard)).extracting(FindingEntry::asset).containsExactly("127.70.1.1", "127.70.1.2",
                "127.70.1.3", "127.70.1.4", "127.70.1.5", "127.70.1.7");
        assertThat(finding(standard, "127.70.1.1").confidence()).isEqualTo(dev.blindspot.check.Confidence.CONFIRMED);
        assertThat(finding(standard, "127.70.1.1").evidence()).contains("login with HTTP Basic succeeded");
        assertThat(finding(standard, "127.70.1.2").confidence()).isEqualTo(dev.blindspot.check.Confidence.LIKELY);
    }

    private static List<FindingEntry> failing(Report report) {
        return report.findings().stream().filter(f -> f.checkId().equals("http-basic-auth-cleartext") && f.failing())
                .sorted(Comparator.comparing(FindingEntry::asset, dev.blindspot.inventory.Inventory::compareAddresses))
                .toList();
    }

    private static FindingEntry finding(Report report, String address) {
        return report.findings().stream().filter(f -> f.checkId().equals("http-basic-auth-cleartext")
                && f.asset().equals(address)).findFirst().orElseThrow();
    }
}
