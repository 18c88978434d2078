package dev.blindspot.report;

import static dev.blindspot.report.ReportFixtures.CAMERA;
import static dev.blindspot.report.ReportFixtures.NVR;
import static dev.blindspot.report.ReportFixtures.V6;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.CheckMetadata;
import dev.blindspot.check.CheckOutput;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Severity;
import dev.blindspot.check.Threat;
import dev.blindspot.check.Verdict;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.OpenPort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

    private final ReportBuilder builder = new ReportBuilder();

    @Test
    void assetsAreTheAddressesWithAnOpenPortInNumericOrder() {
        Report report = ReportFixtures.report();

        assertThat(report.assets()).extracting(AssetEntry::address).containsExactly(NVR, CAMERA, V6);
    }

    @Test
    void portsAreSortedOnceEachWithTheBestServiceHint() {
        AssetEntry nvr = ReportFixtures.report().assets().get(0);

        assertThat(nvr.ports()).containsExactly(
                new AssetEntry.PortEntry(80, "tcp", "http"),
                new AssetEntry.PortEntry(554, "tcp", "rtsp"),
                new AssetEntry.PortEntry(8000, "tcp", "unknown"));
    }

    @Test
    void identityComesFromTheInventory() {
        List<AssetEntry> assets = ReportFixtures.report().assets();

        AssetEntry nvr = assets.get(0);
        assertThat(nvr.vendor()).contains("Hikvision");
        assertThat(nvr.model()).contains("DS-7608NXI-I2/8P/S");
        assertThat(nvr.firmware()).contains("V4.62.210");
        assertThat(nvr.deviceClass()).contains("recorder");
        assertThat(nvr.evidence()).containsExactly(new AssetEntry.EvidenceEntry("http.server", "DNVRS-Webs"),
                new AssetEntry.EvidenceEntry("isapi.model", "DS-7608NXI-I2/8P/S"));
        AssetEntry camera = assets.get(1);
        assertThat(camera.vendor()).isEmpty();
        assertThat(camera.deviceClass()).isEmpty();
        assertThat(camera.evidence()).isEmpty();
    }

    @Test
    void findingsJoinResultsWithMetadata() {
        FindingEntry f = find(ReportFixtures.report(), "default-credentials", "fail");

        assertThat(f.title()).isEqualTo("Title of default-credentials");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.threat()).isEqualTo(Threat.CREDENTIALS);
        assertThat(f.asset()).isEqualTo(NVR);
        assertThat(f.port()).contains(80);
        assertThat(f.evidence()).isEqualTo("admin/**** accepted over http-digest");
        assertThat(f.reason()).isEmpty();
        assertThat(f.risk()).isEqualTo("Risk of default-credentials");
        assertThat(f.remediation()).isEqualTo("Fix default-credentials");
        assertThat(f.references()).containsExactly("https://example.org/default-credentials");
        assertThat(f.confidence()).isEqualTo(Confidence.CONFIRMED);
    }

    @Test
    void aResultsOwnSeverityAndReferencesWinOverTheChecksDefaults() {
        CheckMetadata meta = ReportFixtures.meta("firmware-known-vulnerability", Severity.HIGH, Threat.PATCHING);
        CheckResult kev = CheckResult.fail(CAMERA, 80, "CVE-2021-36260 in CISA KEV", Confidence.CONFIRMED)
                .withDetail("CVE-2021-36260").withSeverity(Severity.CRITICAL)
                .withReferences(List.of("https://nvd.nist.gov/vuln/detail/CVE-2021-36260",
                        "https://example.org/firmware-known-vulnerability"));

        FindingEntry f = ReportBuilder.finding(meta, kev);
        FindingEntry plain = ReportBuilder.finding(meta, CheckResult.fail(CAMERA, 80, "x", Confidence.LIKELY));

        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(plain.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.references()).containsExactly("https://example.org/firmware-known-vulnerability",
                "https://nvd.nist.gov/vuln/detail/CVE-2021-36260");
        assertThat(plain.references()).containsExactly("https://example.org/firmware-known-vulnerability");
    }

    @Test
    void unknownCarriesItsReason() {
        FindingEntry f = find(ReportFixtures.report(), "default-credentials", "unknown");

        assertThat(f.reason()).contains("timed out after 3000 ms");
        assertThat(f.confidence()).isEqualTo(Confidence.POSSIBLE);
    }

    @Test
    void idsAreStableAcrossScansAndMatchTheDocumentedHash() {
        // expected values computed outside Java: sha256("default-credentials|127.20.0.5|80|admin")[:16] etc.
        assertThat(find(ReportFixtures.report(), "default-credentials", "fail").id()).isEqualTo("241acad22af14fd1");
        assertThat(find(ReportFixtures.report(), "firmware-outdated", "fail").id()).isEqualTo("7017b1be93b6ab38");

        Report later = builder.build(ReportFixtures.tool(), ReportFixtures.scan(false, List.of("second run")),
                ReportFixtures.inventory(), reversed(ReportFixtures.outputs()));
        assertThat(later.findings()).extracting(FindingEntry::id)
                .containsExactlyElementsOf(ReportFixtures.report().findings().stream().map(FindingEntry::id).toList());
    }

    @Test
    void idsDependOnDetailPortAssetAndCheckButNotOnVerdictOrEvidence() {
        String base = FindingId.of("default-credentials", NVR, Optional.of(80), "admin");

        assertThat(FindingId.of("default-credentials", NVR, Optional.of(80), "root")).isNotEqualTo(base);
        assertThat(FindingId.of("default-credentials", NVR, Optional.of(81), "admin")).isNotEqualTo(base);
        assertThat(FindingId.of("default-credentials", NVR, Optional.empty(), "admin")).isNotEqualTo(base);
        assertThat(FindingId.of("default-credentials", CAMERA, Optional.of(80), "admin")).isNotEqualTo(base);
        assertThat(FindingId.of("weak-credentials", NVR, Optional.of(80), "admin")).isNotEqualTo(base);

        CheckMetadata meta = ReportFixtures.meta("default-credentials", Severity.CRITICAL, Threat.CREDENTIALS);
        FindingEntry failed = ReportBuilder.finding(meta, CheckResult.fail(NVR, 80, "accepted", Confidence.CONFIRMED)
                .withDetail("admin"));
        FindingEntry passed = ReportBuilder.finding(meta, CheckResult.pass(NVR, 80, "rejected").withDetail("admin"));
        assertThat(failed.id()).isEqualTo(base).isEqualTo(passed.id());
    }

    @Test
    void findingsAreOrderedFailingBySeverityThenUnknownThenPass() {
        Report report = ReportFixtures.report();

        assertThat(report.findings()).extracting(f -> f.status() + " " + f.severity().wireName() + " " + f.checkId()
                        + " " + f.asset() + f.port().map(p -> ":" + p).orElse(""))
                .containsExactly(
                        "fail critical default-credentials 127.20.0.5:80",
                        "fail medium firmware-outdated 127.20.0.5",
                        "fail low http-cleartext 127.20.0.5:80",
                        "fail low http-cleartext ::1:8080",
                        "unknown critical default-credentials 127.20.0.10:443",
                        "pass high rtsp-unauthenticated 127.20.0.5:554");
    }

    @Test
    void tiesGoByNumericAddressThenPortThenCheckId() {
        CheckMetadata a = ReportFixtures.meta("alpha-check", Severity.HIGH, Threat.EXPOSURE);
        CheckMetadata b = ReportFixtures.meta("beta-check", Severity.HIGH, Threat.EXPOSURE);
        List<CheckOutput> outputs = List.of(
                new CheckOutput(b, List.of(CheckResult.fail("127.0.0.10", 80, "e", Confidence.CONFIRMED),
                        CheckResult.fail("127.0.0.9", 443, "e", Confidence.CONFIRMED))),
                new CheckOutput(a, List.of(CheckResult.fail("127.0.0.10", 80, "e", Confidence.CONFIRMED),
                        CheckResult.fail("127.0.0.9", 8080, "e", Confidence.CONFIRMED),
                        CheckResult.fail("127.0.0.9", 443, "e", Confidence.CONFIRMED))));

        Report report = builder.build(ReportFixtures.tool(), ReportFixtures.scan(), Inventory.of(List.of()), outputs);

        assertThat(report.findings()).extracting(f -> f.asset() + ":" + f.port().orElseThrow() + " " + f.checkId())
                .containsExactly("127.0.0.9:443 alpha-check", "127.0.0.9:443 beta-check", "127.0.0.9:8080 alpha-check",
                        "127.0.0.10:80 alpha-check", "127.0.0.10:80 beta-check");
    }

    @Test
    void summaryCountsFailingBySeverityAndAllByStatus() {
        Summary summary = ReportFixtures.report().summary();

        assertThat(summary.assets()).isEqualTo(3);
        assertThat(summary.findings()).containsExactly(Map.entry("critical", 1), Map.entry("high", 0),
                Map.entry("medium", 1), Map.entry("low", 2), Map.entry("info", 0));
        assertThat(summary.statuses()).containsExactly(Map.entry("fail", 4), Map.entry("unknown", 1),
                Map.entry("pass", 1));
    }

    @Test
    void aDuplicateResultIsKeptOnceWorstFirstAndNoted() {
        CheckMetadata meta = ReportFixtures.meta("buggy-check", Severity.HIGH, Threat.EXPOSURE);
        List<CheckOutput> outputs = List.of(new CheckOutput(meta, List.of(
                CheckResult.pass(NVR, 80, "looked fine"),
                CheckResult.fail(NVR, 80, "was bad", Confidence.CONFIRMED))));

        Report report = builder.build(ReportFixtures.tool(), ReportFixtures.scan(), ReportFixtures.inventory(), outputs);

        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo("fail"));
        assertThat(report.scan().notes()).singleElement().asString().contains("buggy-check", "1 duplicate");
        assertThat(report.summary().statuses()).containsEntry("fail", 1).containsEntry("pass", 0);
    }

    @Test
    void scanAndToolArePassedThroughUntouched() {
        Report report = ReportFixtures.report();

        assertThat(report.scan()).isEqualTo(ReportFixtures.scan());
        assertThat(report.tool()).isEqualTo(ReportFixtures.tool());
    }

    @Test
    void anAddressWithOnlyFailedProbesIsNotAnAsset() {
        Inventory inventory = Inventory.of(List.of(new OpenPort(NVR, 80, "http")));
        CheckResult unknown = new CheckResult(ReportFixtures.SILENT, Optional.of(21), Verdict.unknown("refused"),
                "refused", Confidence.POSSIBLE, "");
        Report report = builder.build(ReportFixtures.tool(), ReportFixtures.scan(), inventory,
                List.of(new CheckOutput(ReportFixtures.meta("ftp-anonymous", Severity.HIGH, Threat.CREDENTIALS),
                        List.of(unknown))));

        assertThat(report.assets()).extracting(AssetEntry::address).containsExactly(NVR);
        assertThat(report.findings()).hasSize(1);
    }

    private static FindingEntry find(Report report, String checkId, String status) {
        return report.findings().stream().filter(f -> f.checkId().equals(checkId) && f.status().equals(status))
                .findFirst().orElseThrow();
    }

    private static List<CheckOutput> reversed(List<CheckOutput> outputs) {
        List<CheckOutput> copy = new ArrayList<>();
        for (CheckOutput o : outputs) {
            List<CheckResult> results = new ArrayList<>(o.results());
            Collections.reverse(results);
            copy.add(new CheckOutput(o.metadata(), results));
        }
        Collections.reverse(copy);
        return copy;
    }

    @Test
    void aHostThatAnsweredOnlyUdpDiscoveryIsAnAssetWithUdpPorts() {
        var answered = new dev.blindspot.inventory.DiscoveryObservation("127.0.0.40", 3702, "ws-discovery",
                dev.blindspot.scan.ProbeOutcome.answered(new dev.blindspot.inventory.DiscoveryReply.WsDiscovery(
                        List.of("dn:NetworkVideoTransmitter"), List.of("name/IPCAM"), List.of())));
        var silent = new dev.blindspot.inventory.DiscoveryObservation("127.0.0.41", 1900, "ssdp",
                new dev.blindspot.scan.ProbeOutcome.TimedOut<>(java.time.Duration.ofMillis(1500)));
        List<AssetEntry> assets = ReportBuilder.assets(dev.blindspot.inventory.Inventory.of(List.of(answered, silent)));
        assertThat(assets).extracting(AssetEntry::address).containsExactly("127.0.0.40");
        assertThat(assets.get(0).ports()).containsExactly(new AssetEntry.PortEntry(3702, "udp", "ws-discovery"));
    }
}
