package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.credential.CredentialSettings;
import dev.blindspot.credential.OperatorCredentials;
import dev.blindspot.lab.AccountAttempts;
import dev.blindspot.lab.AppSettings;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.LoginProtocol;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.ReportJson;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanProfile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * FrigateLogin, ShinobiLogin and BlueIrisLogin against the lab's Frigate (8971, TLS, auth on), Shinobi and Blue Iris
 * (loopback 127.66.0.0/16): the operator supplies each device's password (or a wrong one for the second of each
 * kind); the right one is accepted through the vendor's own login, the wrong one rejected, every account stays within
 * the attempt budget and the report JSON carries no password.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VmsLoginsLabScanTest {

    private static final String WRONG = "Wr0ng#Operator-Pw";

    private RunningLab lab;
    private Report report;
    private String json;

    @BeforeAll
    void scanTheLab() throws Exception {
        DeviceSpec frigate = DeviceSpec.defaults(DeviceKind.FRIGATE).withApp(AppSettings.DEFAULT);  // 8971 only
        DeviceSpec shinobi = DeviceSpec.defaults(DeviceKind.SHINOBI);
        DeviceSpec blueIris = DeviceSpec.defaults(DeviceKind.BLUE_IRIS);
        List<DeviceSpec> specs = List.of(frigate, shinobi, blueIris, frigate.withPassword("Fr1g#ate-Other-77"),
                shinobi.withPassword("Sh1n#obi-Other-77"), blueIris.withPassword("Bl#ueIris-Other-77"));
        lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.66.0.1"));
        StringBuilder yaml = new StringBuilder("credentials:\n");
        for (LabDevice d : lab.devices()) {
            boolean right = d.address().compareTo("127.66.0.4") < 0;
            yaml.append("  - {address: ").append(d.address()).append(", username: \"").append(d.spec().username())
                    .append("\", password_env: ").append(right ? "PW_" + d.address().replace('.', '_') : "WRONG")
                    .append("}\n");
        }
        Map<String, String> env = new TreeMap<>();
        env.put("WRONG", WRONG);
        lab.devices().forEach(d -> env.put("PW_" + d.address().replace('.', '_'), d.spec().password()));
        OperatorCredentials operator = OperatorCredentials.parse(
                new ByteArrayInputStream(yaml.toString().getBytes(StandardCharsets.UTF_8)), "vms.yaml",
                n -> Optional.ofNullable(env.get(n)));
        report = CredentialSafetyLabScanTest.scan(lab, ScanProfile.standard(),
                new CredentialSettings(3, Optional.of(operator), false));
        json = ReportJson.newMapper().writeValueAsString(report);
    }

    @AfterAll
    void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void theRightPasswordIsAcceptedThroughTheVendorLoginAndTheWrongOneRejected() {
        for (LabDevice d : lab.devices()) {
            boolean right = d.address().compareTo("127.66.0.4") < 0;
            AccountAttempts account = lab.attempts(d.address(), LoginProtocol.HTTP_FORM)
                    .getOrDefault(d.spec().username(), AccountAttempts.NONE);
            assertThat(account.accepted()).as("%s %s accepted", d.address(), d.kind()).isEqualTo(right ? 1 : 0);
            if (right) {
                assertThat(account.failed()).as("%s %s failed", d.address(), d.kind()).isZero();
            } else {
                // Blue Iris sends the user name only inside the hash: the lab counts answers that fit no account apart
                AccountAttempts counted = d.kind() == DeviceKind.BLUE_IRIS ? lab.attempts(d.address(),
                        LoginProtocol.HTTP_FORM).getOrDefault("(unknown)", AccountAttempts.NONE) : account;
                assertThat(counted.failed()).as("%s %s failed", d.address(), d.kind()).isBetween(1, 3);
            }
            assertThat(report.findings()).filteredOn(f -> f.checkId().equals("operator-credential")
                            && f.asset().equals(d.address())).singleElement()
                    .satisfies(f -> assertThat(f.status()).as(d.address()).isEqualTo(right ? "pass" : "unknown"));
        }
    }

    @Test
    void everyAccountStaysWithinTheBudget() {
        for (LabDevice d : lab.devices()) {
            Map<String, AccountAttempts> all = lab.attempts(d.address());
            all.forEach((account, a) -> assertThat(a.failed()).as("%s on %s", account, d.address()).isLessThanOrEqualTo(3));
            assertThat(all.values().stream().mapToInt(AccountAttempts::failed).sum()).as(d.address()).isLessThanOrEqualTo(6);
        }
    }

    @Test
    void noPasswordInTheReport() {
        assertThat(json).doesNotContain(WRONG);
        lab.devices().forEach(d -> assertThat(json).doesNotContain(d.spec().password()));
    }

    @Test
    void nothingPlantedIsMissedAndNothingElseReported() {
        LabScore score = LabScore.of(report, lab.answerKey());
        assertThat(score.misses()).isEmpty();
        assertThat(score.falseAlarms()).isEmpty();
        assertThat(score.vendorsRight()).isEqualTo(lab.devices().size());
    }
}
