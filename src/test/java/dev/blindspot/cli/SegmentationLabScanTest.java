package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.lab.AnswerKey;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;
import dev.blindspot.report.ReportJson;
import dev.blindspot.report.ReportSchema;
import dev.blindspot.scan.ScanProfile;
import dev.blindspot.site.SiteFile;
import dev.blindspot.site.SiteLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flat-network check on lab fleets: a segmented site (cameras alone in 127.52.1.0/24, workstations and a printer in
 * 127.52.2.0/24) and a flat one (cameras, router, workstation and printer in 127.52.3.0/24), scanned with the default
 * /24 grouping and with a --site file whose zones are narrower (a /30) and wider (a /22) than a /24. The answer key
 * derives the planted flat networks from the devices' addresses and classes; LabScore must find no miss and no
 * false alarm in either grouping.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentationLabScanTest {

    private final List<RunningLab> labs = new ArrayList<>();
    private AnswerKey key;

    @BeforeAll
    void start() {
        labs.add(Lab.start(List.of(DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA), DeviceSpec.defaults(DeviceKind.AXIS_CAMERA),
                DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA)), LabOptions.defaults().withFirstAddress("127.52.1.1")));
        labs.add(Lab.start(List.of(DeviceSpec.defaults(DeviceKind.WORKSTATION), DeviceSpec.defaults(DeviceKind.WORKSTATION),
                DeviceSpec.defaults(DeviceKind.PRINTER)), LabOptions.defaults().withFirstAddress("127.52.2.1")));
        labs.add(Lab.start(List.of(DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA).withPassword("Hk4#Rm9!wQ2zT"),
                DeviceSpec.defaults(DeviceKind.REOLINK_CAMERA).withPassword("Rl5!kN8#vQ3m"),
                DeviceSpec.defaults(DeviceKind.UNIVIEW_CAMERA), DeviceSpec.defaults(DeviceKind.UPNP_ROUTER),
                DeviceSpec.defaults(DeviceKind.WORKSTATION), DeviceSpec.defaults(DeviceKind.PRINTER)),
                LabOptions.defaults().withFirstAddress("127.52.3.1")));
        key = new AnswerKey(labs.stream().flatMap(l -> l.answerKey().devices().stream()).toList());
    }

    @AfterAll
    void stop() {
        labs.forEach(RunningLab::close);
    }

    private static List<String> flatResults(Report report) {
        return report.findings().stream().filter(f -> f.checkId().equals("flat-network"))
                .map(f -> f.asset() + " " + f.status()).sorted().toList();
    }

    @Test
    void bySlash24TheSegmentedSitePassesAndTheFlatOneFailsListingTheMixedHosts() throws Exception {
        assertThat(key.flatNetworks()).containsExactly("127.52.3.0/24");
        Report report = LabScans.scan(labs, ScanProfile.standard(), SiteLayout.byDefault());
        assertThat(new ReportSchema().errors(new ObjectMapper().readTree(new ReportJson().toJson(report)))).isEmpty();
        assertThat(flatResults(report)).containsExactly("127.52.1.0/24 pass", "127.52.3.0/24 fail");
        FindingEntry flat = report.findings().stream().filter(f -> f.checkId().equals("flat-network") && f.failing())
                .findFirst().orElseThrow();
        assertThat(flat.port()).isEmpty();
        assertThat(flat.evidence()).contains("share it with 3 surveillance devices")
                .contains("127.52.3.5 (workstation)").contains("127.52.3.6 (printer)").doesNotContain("127.52.3.4");
        LabScore score = LabScore.of(report, key);
        assertThat(score.misses()).as(score.render()).isEmpty();
        assertThat(score.falseAlarms()).as(score.render()).isEmpty();
        assertThat(score.byCheck().get("flat-network")).isEqualTo(new LabScore.Counts(1, 0, 0));
    }

    @Test
    void aSiteFileWithZonesNarrowerAndWiderThanSlash24RegroupsTheSameHosts(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, """
                version: 1
                zones:
                  - name: camera-vlan
                    purpose: cameras
                    cidrs: [127.52.3.0/30]
                  - name: campus
                    purpose: business
                    cidrs: [127.52.0.0/22]
                """);
        SiteLayout layout = SiteFile.load(site);
        // the narrow zone isolates lab 3's cameras; the wide one puts lab 1's cameras with lab 2's workstations
        assertThat(key.flatNetworks(layout)).containsExactly("127.52.0.0/22");
        List<LabDevice> all = labs.stream().flatMap(l -> l.devices().stream()).toList();
        Path out = dir.resolve("report.json");
        CliTest.Run run = CliTest.run(Stream.of(Stream.of("scan"), labs.stream()
                        .map(l -> l.devices().getFirst().address() + "-" + l.devices().getLast().address()),
                Stream.of("--ports", LabPorts.of(all).toString(), "--site", site.toString(), "-o", out.toString()))
                .flatMap(x -> x).toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        Report report = new ReportJson().read(Files.readString(out));
        assertThat(flatResults(report)).containsExactly("127.52.0.0/22 fail", "127.52.3.0/30 pass");
        FindingEntry campus = report.findings().stream().filter(f -> f.asset().equals("127.52.0.0/22")).findFirst().orElseThrow();
        assertThat(campus.evidence()).startsWith("zone 'campus' (127.52.0.0/22) [purpose business]")
                .contains("127.52.1.1 (camera)").contains("127.52.2.1 (workstation)").contains("127.52.3.6 (printer)")
                .doesNotContain("127.52.3.1 (");
        LabScore score = LabScore.of(report, key, layout);
        assertThat(score.misses()).as(score.render()).isEmpty();
        assertThat(score.falseAlarms()).as(score.render()).isEmpty();
        assertThat(score.byCheck().get("flat-network")).isEqualTo(new LabScore.Counts(1, 0, 0));
        // the same report scored by /24 would misplace the finding: the grouping is part of the truth
        assertThat(LabScore.of(report, key).misses()).containsExactly("127.52.3.0/24 flat-network");
        Path keyFile = dir.resolve("key.json");
        Files.writeString(keyFile, new ObjectMapper().writeValueAsString(key));
        CliTest.Run scored = CliTest.run("lab", "score", out.toString(), "--key", keyFile.toString(), "--site", site.toString());
        assertThat(scored.code()).as(scored.err()).isZero();
        assertThat(scored.out()).containsPattern("flat-network\\s+1\\.00\\s+1\\.00\\s+1\\s+0\\s+0")
                .doesNotContain("missed").doesNotContain("false alarms");
    }

    @Test
    void aBadSiteFileIsAUsageErrorBeforeAnyScan(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, "zones:\n  - {name: x, cidrs: [127.52.9.1/24]}\n");
        CliTest.Run run = CliTest.run("scan", "127.52.9.1", "--site", site.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("host bits set");
    }
}
