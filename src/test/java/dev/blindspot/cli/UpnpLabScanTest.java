package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blindspot.lab.AnswerKey;
import dev.blindspot.lab.AppSettings;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.PortMapping;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;
import dev.blindspot.report.ReportJson;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Severity;
import dev.blindspot.scan.ScanProfile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The router UPnP IGD audit against the lab: a router that forwards a lab camera's web and RTSP ports and a
 * workstation's SSH port, one that forwards nothing. Both are found as IGDs by the scan (discovery said
 * InternetGatewayDevice), the camera mappings are findings, the SSH one is not, the answer key agrees; the real
 * {@code upnpc -l} lists the same mappings; {@code --gateway} audits a router outside the targets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpnpLabScanTest {

    private static final String ROUTER = "127.110.0.1";
    private static final String CAMERA = "127.110.0.2";
    private static final String WORKSTATION = "127.110.0.3";
    private static final String QUIET_ROUTER = "127.110.0.4";
    private static final List<PortMapping> MAPPINGS = List.of(
            PortMapping.tcp(8080, CAMERA, 80, "IPC web"),
            PortMapping.tcp(10554, CAMERA, 554, "IPC rtsp"),
            PortMapping.tcp(2222, WORKSTATION, 22, "ssh"));

    private RunningLab lab;
    private Report report;

    @BeforeAll
    void scanLab() throws Exception {
        lab = Lab.start(List.of(
                DeviceSpec.defaults(DeviceKind.UPNP_ROUTER).withApp(AppSettings.DEFAULT.withPortMappings(MAPPINGS)),
                DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA).withPassword("Hk7#pL2!vQ9z"),
                DeviceSpec.defaults(DeviceKind.WORKSTATION),
                DeviceSpec.defaults(DeviceKind.UPNP_ROUTER)), LabOptions.defaults().withFirstAddress(ROUTER));
        report = LabScans.scan(lab, ScanProfile.standard());
    }

    @AfterAll
    void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    private List<FindingEntry> findings(Report r, String check, String asset) {
        return r.findings().stream().filter(f -> f.checkId().equals(check) && f.asset().equals(asset)).toList();
    }

    @Test
    void theAnswerKeyPlantsWhatTheScanFinds() {
        AnswerKey key = lab.answerKey();
        assertThat(key.devices().get(0).failing()).contains("upnp-igd-enabled", "upnp-port-mapping-to-surveillance");
        assertThat(key.devices().get(3).failing()).containsExactly("upnp-igd-enabled");
        LabScore score = LabScore.of(report, key);
        assertThat(score.misses()).as(score.render()).isEmpty();
        assertThat(score.falseAlarms()).as(score.render()).isEmpty();
    }

    @Test
    void eachCameraMappingIsAHighFindingWithTheExternalPortAndTheInternalTarget() {
        List<FindingEntry> mapped = findings(report, "upnp-port-mapping-to-surveillance", ROUTER);
        assertThat(mapped).allMatch(FindingEntry::failing).hasSize(2);
        assertThat(mapped).allMatch(f -> f.severity() == Severity.HIGH && f.confidence() == Confidence.CONFIRMED);
        assertThat(mapped).extracting(FindingEntry::port).containsExactlyInAnyOrder(java.util.Optional.of(8080),
                java.util.Optional.of(10554));
        assertThat(mapped.stream().map(FindingEntry::evidence).toList()).anySatisfy(e -> assertThat(e)
                .startsWith("UPnP port mapping TCP 10554 from any internet host -> " + CAMERA + ":554 (Hikvision")
                .contains("description \"IPC rtsp\"", "lease permanent"));
        assertThat(mapped).noneMatch(f -> f.evidence().contains(":22 "));
        assertThat(mapped.getFirst().remediation()).contains("VPN (WireGuard or OpenVPN)", "UPnP off", "P2P", "DDNS");
    }

    @Test
    void upnpEnabledIsHighWhileTheRouterHoldsMappingsAndMediumOtherwise() {
        FindingEntry busy = findings(report, "upnp-igd-enabled", ROUTER).getFirst();
        assertThat(busy.failing()).isTrue();
        assertThat(busy.severity()).isEqualTo(Severity.HIGH);
        assertThat(busy.evidence()).contains("SERVER: R7500v2 UPnP/1.0 miniupnpd/1.0",
                "device: NETGEAR, Inc. NETGEAR Nighthawk X4 AC2350 Smart WiFi Router (\"R7500v2 (Gateway)\")",
                "control URL: http://" + ROUTER + ":5555/ctl/IPConn (WANIPConnection:1)",
                "3 port mapping(s), listing ended by fault 713 SpecifiedArrayIndexInvalid");
        FindingEntry quiet = findings(report, "upnp-igd-enabled", QUIET_ROUTER).getFirst();
        assertThat(quiet.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(quiet.evidence()).contains("0 port mapping(s), listing ended by fault 713");
        assertThat(findings(report, "upnp-port-mapping-to-surveillance", QUIET_ROUTER)).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo("pass"));
        // no IGD audit where no IGD answered
        assertThat(findings(report, "upnp-igd-enabled", CAMERA)).isEmpty();
    }

    @Test
    void theRealMiniupncClientListsTheSameMappings() throws Exception {
        Path upnpc = Path.of("/usr/bin/upnpc");
        assumeTrue(Files.isExecutable(upnpc), "upnpc (Debian package miniupnpc) is not installed; .ci/run installs it");
        Process process = new ProcessBuilder(upnpc.toString(), "-u", "http://" + ROUTER + ":5555/rootDesc.xml", "-l")
                .redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("upnpc finished").isTrue();
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String camera = CAMERA.replace(".", "\\.");
        assertThat(output).as(output).containsPattern(" 0 TCP +8080->" + camera + ":80 +'IPC web'")
                .containsPattern(" 1 TCP +10554->" + camera + ":554 +'IPC rtsp'")
                .containsPattern(" 2 TCP +2222->" + WORKSTATION.replace(".", "\\.") + ":22 +'ssh'")
                .contains("GetGenericPortMappingEntry() returned 713 (SpecifiedArrayIndexInvalid)");
    }

    @Test
    void aGatewayNamedOutsideTheTargetsIsAuditedAndNothingElseOutsideIs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.json");
        CliTest.Run run = CliTest.run("scan", CAMERA, "--gateway", ROUTER, "--ports",
                LabPorts.of(lab.devices().subList(1, 2)).toString(), "--profile", "safe", "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Report r = new ReportJson().read(Files.readString(out));
        assertThat(findings(r, "upnp-igd-enabled", ROUTER)).singleElement().satisfies(f -> assertThat(f.failing()).isTrue());
        assertThat(findings(r, "upnp-port-mapping-to-surveillance", ROUTER)).hasSize(2)
                .allSatisfy(f -> assertThat(f.confidence()).isEqualTo(Confidence.CONFIRMED));
        assertThat(findings(r, "upnp-igd-enabled", QUIET_ROUTER)).isEmpty();
    }

    @Test
    void aGatewayThatIsNoAddressLiteralIsAUsageErrorNeverALookup() {
        for (String bad : List.of("1.2.3.999", "router.example", "127.110.0.0/24")) {
            CliTest.Run run = CliTest.run("scan", CAMERA, "--gateway", bad, "--ports", "9");
            assertThat(run.code()).as(bad).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("--gateway takes an IP address, not '" + bad + "'");
        }
    }

    @Test
    void theGatewayIsTheNamedOneOrTheDefaultRouteInsideTheTargetsOnly() throws Exception {
        var scope = new dev.blindspot.scope.Scope(dev.blindspot.scope.TargetParser.withSystemResolver()
                .parse("127.110.0.0/30"), List.of());
        assertThat(IgdAudits.choose(java.util.Optional.empty(), java.util.Optional.of("127.110.0.1"), scope).address())
                .contains("127.110.0.1");
        IgdAudits.Gateway outside = IgdAudits.choose(java.util.Optional.empty(), java.util.Optional.of("127.110.9.1"), scope);
        assertThat(outside.address()).isEmpty();
        assertThat(outside.note().orElseThrow()).contains("127.110.9.1", "outside the targets", "--gateway");
        assertThat(IgdAudits.choose(java.util.Optional.of("127.110.9.1"), java.util.Optional.of("127.110.0.1"), scope)
                .address()).contains("127.110.9.1");
    }
}
