package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.credential.CredentialSettings;
import dev.blindspot.credential.OperatorCredentials;
import dev.blindspot.lab.AccountAttempts;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanListener;
import dev.blindspot.scan.ScanProfile;
import dev.blindspot.scan.ScanSettings;
import dev.blindspot.scope.Scope;
import dev.blindspot.scope.TargetParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The credential pass against the lab (loopback 127.62.0.0/16): a lockout stops the host and says UNKNOWN with the
 * reason; operator credentials, weak passwords and shared passwords are reported where the lab plants them; no account
 * gets more attempts than the budget.
 */
class CredentialSafetyLabScanTest {

    private static final String SHARED = "Sh4red!Fleet#Pw";

    static Report scan(RunningLab lab, ScanProfile profile, CredentialSettings creds) throws Exception {
        List<LabDevice> devices = lab.devices();
        Scope scope = new Scope(TargetParser.withSystemResolver()
                .parse(devices.getFirst().address() + "-" + devices.getLast().address()), List.of());
        ScanSettings settings = new ScanSettings(LabPorts.of(devices), profile, 64, 4, Duration.ofSeconds(3));
        try (DefaultProbeSuite suite = new DefaultProbeSuite(profile, settings.timeout(), Clock.systemUTC(),
                DefaultProbeSuite.udpDefault(settings.timeout()), creds)) {
            return new Assessment(settings, suite, Clock.systemUTC()).run(scope, new AtomicBoolean(), ScanListener.NONE);
        }
    }

    private static int failedPerAccountMax(RunningLab lab, String address) {
        return lab.attempts(address).values().stream().mapToInt(AccountAttempts::failed).max().orElse(0);
    }

    @Test
    void aDeviceThatLocksSoonerThanDocumentedIsStoppedAndReportedUnknown() throws Exception {
        // a Hikvision camera configured to lock after 2 failures (documented default: 5): the third attempt meets the lock
        DeviceSpec hik = DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA).withPassword("Zq8#Lm2!Wx5v").withLockout(2, 30);
        try (RunningLab lab = Lab.start(List.of(hik), LabOptions.defaults().withFirstAddress("127.62.1.1"))) {
            Report report = LabScans.scan(lab, ScanProfile.standard());
            FindingEntry f = report.findings().stream()
                    .filter(x -> x.checkId().equals("default-credentials-accepted")).findFirst().orElseThrow();
            assertThat(f.status()).isEqualTo("unknown");
            assertThat(f.reason()).hasValueSatisfying(r -> assertThat(r).startsWith("stopped after a lockout signal: "));
            int total = lab.attempts("127.62.1.1").values().stream().mapToInt(AccountAttempts::total).sum();
            assertThat(total).as("nothing after the lock signal").isLessThanOrEqualTo(3);
            LabScore score = LabScore.of(report, lab.answerKey());
            assertThat(score.falseAlarms()).isEmpty();
            assertThat(score.misses()).isEmpty();
        }
    }

    @Test
    void operatorCredentialsWeakPasswordsAndSharedPasswordsWithinTheBudget() throws Exception {
        DeviceSpec hik = DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA);
        DeviceSpec axis = DeviceSpec.defaults(DeviceKind.AXIS_CAMERA);
        List<DeviceSpec> specs = List.of(hik.withPassword(SHARED), hik.withPassword(SHARED),
                hik.withPassword("Un1que#Pass-77"), axis.withPassword("123456"), axis.withPassword("Str0ng!Axis#9"));
        try (RunningLab lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.62.2.1"))) {
            OperatorCredentials operator = OperatorCredentials.parse(new ByteArrayInputStream("""
                    credentials:
                      - {range: 127.62.2.0/24, vendor: null, username: admin, password_env: FLEET_PW}
                    """.replace(", vendor: null", "").getBytes(StandardCharsets.UTF_8)), "fleet.yaml",
                    n -> Optional.of(SHARED));
            Report report = scan(lab, ScanProfile.standard(), new CredentialSettings(3, Optional.of(operator), true));

            Map<String, List<String>> byCheck = new java.util.TreeMap<>();
            report.findings().forEach(f -> byCheck.computeIfAbsent(f.checkId(), k -> new java.util.ArrayList<>())
                    .add(f.asset() + " " + f.status()));
            assertThat(byCheck.get("operator-credential")).containsExactlyInAnyOrder("127.62.2.1 pass", "127.62.2.2 pass",
                    "127.62.2.3 unknown", "127.62.2.4 unknown", "127.62.2.5 unknown");
            assertThat(byCheck.get("shared-password")).containsExactly("127.62.2.1 fail");
            assertThat(report.findings()).filteredOn(f -> f.checkId().equals("shared-password")).singleElement()
                    .satisfies(f -> assertThat(f.evidence()).contains("admin:****").contains("127.62.2.1, 127.62.2.2")
                            .doesNotContain(SHARED));
            assertThat(byCheck.get("weak-password-accepted")).contains("127.62.2.4 fail");
            assertThat(byCheck.getOrDefault("default-credentials-accepted", List.of())).noneMatch(s -> s.endsWith("fail"));
            for (LabDevice d : lab.devices()) {
                assertThat(failedPerAccountMax(lab, d.address())).as("failures per account on %s", d.address())
                        .isLessThanOrEqualTo(3);
            }
        }
    }
}
