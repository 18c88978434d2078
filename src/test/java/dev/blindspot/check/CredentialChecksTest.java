package dev.blindspot.check;

import static dev.blindspot.testing.Fixtures.http;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.rules.DefaultCredentialsAccepted;
import dev.blindspot.check.rules.OperatorCredential;
import dev.blindspot.check.rules.SharedPassword;
import dev.blindspot.check.rules.WeakPasswordAccepted;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.Secret;
import dev.blindspot.report.Report;
import dev.blindspot.report.ReportBuilder;
import dev.blindspot.report.ReportJson;
import dev.blindspot.report.ScanInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The credential checks on hand-built inventories: lockout and safe-profile UNKNOWNs, masking, shared groups. */
class CredentialChecksTest {

    private static final String PASSWORD = "Kestrel-Secret-2718";
    private static final CheckOptions MASKED = CheckOptions.defaults();
    private static final CheckOptions REVEALED = new CheckOptions(true, true);

    private static LoginObservation login(String address, String source, String user, String password, LoginResult r) {
        return new LoginObservation(address, 80, "http-digest", user, new Secret(password), source, r);
    }

    private static Inventory inventory(Observation... obs) {
        return Inventory.of(List.of(obs));
    }

    @Test
    void aLockoutSignalGivesUnknownWithTheReasonNeverPass() {
        Inventory inv = inventory(
                login("127.62.0.1", "default:Hikvision", "admin", "12345", new LoginResult.Rejected()),
                login("127.62.0.1", "default:Hikvision", "admin", "admin", new LoginResult.LockoutSignal(
                        "device reports unlockTime 1800 s")));
        List<CheckResult> r = new DefaultCredentialsAccepted(MASKED).evaluate(inv);
        assertThat(r).singleElement().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo(Verdict.unknown(
                    "stopped after a lockout signal: device reports unlockTime 1800 s"));
        });
    }

    @Test
    void aHostThatStartsRefusingIsALockoutSignalToo() {
        Inventory inv = inventory(
                login("127.62.0.1", "default:Dahua", "admin", "admin", new LoginResult.Rejected()),
                login("127.62.0.1", "default:Dahua", "888888", "888888", new LoginResult.Failed("connection refused")));
        assertThat(new DefaultCredentialsAccepted(MASKED).evaluate(inv)).singleElement()
                .satisfies(c -> assertThat(((Verdict.Unknown) c.verdict()).reason())
                        .isEqualTo("stopped after a lockout signal: the host refuses connections after answering logins"));
    }

    @Test
    void aLockTrippedByAnOperatorCredentialStillStopsTheDefaultCheck() {
        Inventory inv = inventory(login("127.62.0.1", "operator", "admin", "x",
                new LoginResult.LockoutSignal("HTTP 490 account blocked (Hanwha)")));
        assertThat(new DefaultCredentialsAccepted(MASKED).evaluate(inv)).singleElement()
                .satisfies(c -> assertThat(c.verdict()).isInstanceOf(Verdict.Unknown.class));
    }

    @Test
    void profileSafeSaysUnknownForDevicesThatWouldHaveBeenTriedAndNothingForOthers() {
        Identity camera = new Identity(Optional.of("Hikvision"), Optional.of("DS-2CD2032-I"), Optional.empty(),
                Optional.of(DeviceClass.CAMERA), List.of());
        Inventory inv = Inventory.of(List.of(
                        http("127.62.0.1", 80, 401, "WWW-Authenticate", "Digest realm=\"DS\", nonce=\"abc\""),
                        http("127.62.0.2", 80, 200)),
                Map.of("127.62.0.1", camera));
        List<CheckResult> r = new DefaultCredentialsAccepted(new CheckOptions(false, false)).evaluate(inv);
        assertThat(r).singleElement().satisfies(c -> {
            assertThat(c.asset()).isEqualTo("127.62.0.1");
            assertThat(c.verdict()).isEqualTo(Verdict.unknown("profile safe: no credentials tried"));
        });
        assertThat(new DefaultCredentialsAccepted(MASKED).evaluate(inv)).as("standard, nothing tried: silent").isEmpty();
    }

    @Test
    void passwordsAreMaskedUnlessRevealedAndBlankIsShownAsBlank() {
        Inventory inv = inventory(
                login("127.62.0.1", "default:Axis", "root", PASSWORD, new LoginResult.Accepted()),
                login("127.62.0.2", "default:Reolink", "admin", "", new LoginResult.Accepted()));
        List<CheckResult> masked = new DefaultCredentialsAccepted(MASKED).evaluate(inv);
        assertThat(masked).extracting(CheckResult::evidence).allSatisfy(e -> assertThat(e).doesNotContain(PASSWORD))
                .anySatisfy(e -> assertThat(e).contains("root:****"))
                .anySatisfy(e -> assertThat(e).contains("admin:(blank)"));
        assertThat(new DefaultCredentialsAccepted(REVEALED).evaluate(inv)).extracting(CheckResult::evidence)
                .anySatisfy(e -> assertThat(e).contains("root:" + PASSWORD))
                .anySatisfy(e -> assertThat(e).contains("admin:(blank)"));
    }

    @Test
    void theSamePasswordOnSeveralDevicesIsOneFindingListingThem() {
        Inventory inv = inventory(
                login("127.62.0.10", "operator", "admin", PASSWORD, new LoginResult.Accepted()),
                login("127.62.0.2", "operator", "admin", PASSWORD, new LoginResult.Accepted()),
                login("127.62.0.3", "weak:Generic", "admin", PASSWORD, new LoginResult.Accepted()),
                login("127.62.0.4", "operator", "admin", PASSWORD, new LoginResult.Rejected()),
                login("127.62.0.5", "default:Dahua", "admin", "admin", new LoginResult.Accepted()),
                login("127.62.0.6", "default:Lorex", "admin", "admin", new LoginResult.Accepted()),
                login("127.62.0.7", "default:Axis", "root", "pass", new LoginResult.Accepted()));
        List<CheckResult> r = new SharedPassword(MASKED).evaluate(inv);
        assertThat(r).hasSize(2).allSatisfy(c -> {
            assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(c.evidence()).doesNotContain(PASSWORD).contains("admin:****");
        });
        assertThat(r.getFirst().asset()).as("first device in numeric order").isEqualTo("127.62.0.2");
        assertThat(r.getFirst().evidence()).contains("accepted on 3 devices: 127.62.0.2, 127.62.0.3, 127.62.0.10");
        assertThat(r.get(1).evidence()).as("vendor defaults count as shared")
                .contains("accepted on 2 devices: 127.62.0.5, 127.62.0.6");
        assertThat(r.getFirst().detail()).doesNotContain(PASSWORD);
    }

    @Test
    void weakPasswordsAndOperatorCredentialsHaveTheirOwnFindings() {
        Inventory inv = inventory(
                login("127.62.0.1", "weak:Hikvision", "admin", "123456", new LoginResult.Accepted()),
                login("127.62.0.2", "weak:Axis", "root", "123456", new LoginResult.Rejected()),
                login("127.62.0.3", "operator", "admin", PASSWORD, new LoginResult.Accepted()),
                login("127.62.0.4", "operator", "admin", PASSWORD, new LoginResult.Rejected()));
        assertThat(new WeakPasswordAccepted(MASKED).evaluate(inv)).extracting(c -> c.asset() + " " + c.verdict().wireName())
                .containsExactly("127.62.0.1 fail", "127.62.0.2 pass");
        List<CheckResult> op = new OperatorCredential(MASKED).evaluate(inv);
        assertThat(op).extracting(c -> c.asset() + " " + c.verdict().wireName())
                .containsExactly("127.62.0.3 pass", "127.62.0.4 unknown");
        assertThat(op.getFirst().evidence()).startsWith("operator-supplied credential admin:**** accepted");
        assertThat(new DefaultCredentialsAccepted(MASKED).evaluate(inv)).as("not a default-credential failure").isEmpty();
    }

    @Test
    void theJsonReportNeverContainsAPasswordUnlessRevealed() throws Exception {
        List<Observation> obs = new ArrayList<>();
        obs.add(login("127.62.0.1", "default:Axis", "root", PASSWORD, new LoginResult.Accepted()));
        obs.add(login("127.62.0.2", "operator", "root", PASSWORD, new LoginResult.Accepted()));
        obs.add(login("127.62.0.3", "weak:Axis", "root", PASSWORD, new LoginResult.Accepted()));
        Inventory inv = Inventory.of(obs);
        for (CheckOptions options : List.of(MASKED, REVEALED)) {
            List<CheckOutput> outputs = CheckCatalogue.loadDefault(dev.blindspot.site.SiteLayout.byDefault(), options)
                    .evaluate(inv);
            Report report = new ReportBuilder().build(new Report.ToolInfo("blindspot", "test"),
                    new ScanInfo("2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z", List.of("127.62.0.0/29"), List.of(),
                            "standard", true, 8, 8, List.of(), true), inv, outputs);
            String json = new ReportJson().toJson(report);
            if (options.revealSecrets()) {
                assertThat(json).contains(PASSWORD);
            } else {
                assertThat(json).doesNotContain(PASSWORD).contains("root:****");
            }
        }
    }
}
