package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.lab.AccountAttempts;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Fleets;
import dev.blindspot.lab.HostileStrings;
import dev.blindspot.lab.HttpAuth;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.OnvifAuthMode;
import dev.blindspot.lab.RtspAuth;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.Report;
import dev.blindspot.report.ReportJson;
import dev.blindspot.report.ReportSchema;
import dev.blindspot.report.SummaryPrinter;
import dev.blindspot.scan.ScanProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The real scanner against every hostile device kind at once (plus enough RTSP garbage devices to start at each
 * garbage variant): the scan completes in bounded time, the report is valid, nothing is flagged that was not
 * planted, the injection device's real weaknesses are found, and its strings reach the JSON intact but the terminal
 * summary neutralised.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileLabScanTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    private RunningLab lab;
    private Report report;
    private Duration took;

    @BeforeAll
    void scanTheHostileLab() throws Exception {
        List<DeviceSpec> specs = new ArrayList<>(Fleets.hostile());
        // the injection device with every weakness off: its strings stay, nothing may be flagged
        specs.add(DeviceSpec.defaults(DeviceKind.HOSTILE_INJECTION).withHttpAuth(HttpAuth.DIGEST)
                .withRtspAuth(RtspAuth.DIGEST).withOnvifAuthMode(OnvifAuthMode.STANDARD).withTelnet(false));
        for (int i = 1; i < 12; i++) {
            specs.add(DeviceSpec.defaults(DeviceKind.HOSTILE_RTSP_GARBAGE));
        }
        lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.35.1.1"));
        long start = System.nanoTime();
        report = LabScans.scan(lab, ScanProfile.standard());
        took = Duration.ofNanos(System.nanoTime() - start);
    }

    @AfterAll
    void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void scanCompletesInBoundedTimeWithAValidReport() throws Exception {
        assertThat(report.scan().complete()).isTrue();
        assertThat(took).as("scan of %s hostile devices", lab.devices().size()).isLessThan(BOUND);
        JsonNode json = new ObjectMapper().readTree(new ReportJson().toJson(report));
        assertThat(new ReportSchema().errors(json)).isEmpty();
    }

    @Test
    void nothingIsFlaggedThatWasNotPlantedAndThePlantedIsFound() {
        LabScore score = LabScore.of(report, lab.answerKey());
        assertThat(score.falseAlarms()).as("false alarms").isEmpty();
        assertThat(score.misses()).as("planted weaknesses missed").isEmpty();
        LabDevice injection = device(DeviceKind.HOSTILE_INJECTION);
        assertThat(injection.failing()).containsExactlyInAnyOrder("rtsp-unauthenticated-stream",
                "onvif-unauthenticated-access", "http-basic-auth-cleartext", "telnet-enabled");
        LabDevice closedInjection = lab.devices().stream().filter(d -> d.kind() == DeviceKind.HOSTILE_INJECTION)
                .skip(1).findFirst().orElseThrow();
        assertThat(closedInjection.failing()).isEmpty();
        for (LabDevice d : lab.devices()) {
            if (d != injection) {
                assertThat(d.failing()).as("%s plants nothing", d.kind()).isEmpty();
                assertThat(asset(d).vendor()).as("no vendor invented for %s", d.kind()).isEmpty();
            }
            lab.attempts(d.address()).forEach((account, a) -> assertThat(a.failed())
                    .as("failed logins for %s on %s", account, d.kind()).isLessThanOrEqualTo(3));
        }
        assertThat(asset(injection).vendor()).contains(HostileStrings.VENDOR);
        assertThat(asset(injection).model()).contains(HostileStrings.MODEL);
        assertThat(lab.attempts(injection.address()).values().stream().mapToInt(AccountAttempts::accepted).sum())
                .isZero();
    }

    /**
     * The answer key expects no vendor and no class for the hostile devices that imitate none (an honest scanner
     * cannot name them), and the injection device's own ONVIF identity (vendor string, class camera) for it. Two
     * honest exceptions: the closed injection device shows its vendor string only over ONVIF, which it closes, so
     * it stays unnamed; an RTSP garbage device whose rotation happens to give a well-formed RTSP status line (a 401
     * or 404, as real cameras send) is called a camera, which is what its wire says; all-garbage ones get no class.
     */
    @Test
    void vendorAndClassAreRightOnEveryHostileDevice() {
        LabScore score = LabScore.of(report, lab.answerKey());
        String closedInjection = lab.devices().stream().filter(d -> d.kind() == DeviceKind.HOSTILE_INJECTION)
                .skip(1).findFirst().orElseThrow().address();
        assertThat(score.wrongVendors()).hasSize(1).allMatch(w -> w.startsWith(closedInjection + ": "));
        assertThat(asset(lab.devices().stream().filter(d -> d.address().equals(closedInjection)).findFirst()
                .orElseThrow()).vendor()).isEmpty();
        for (LabDevice d : lab.devices()) {
            Optional<String> cls = asset(d).deviceClass();
            switch (d.kind()) {
                case HOSTILE_INJECTION -> assertThat(cls).as(d.address()).contains("camera");
                case HOSTILE_RTSP_GARBAGE -> assertThat(cls.orElse("camera")).as(d.address()).isEqualTo("camera");
                default -> assertThat(cls).as("%s %s", d.address(), d.kind()).isEmpty();
            }
        }
        long garbageCameras = lab.devices().stream().filter(d -> d.kind() == DeviceKind.HOSTILE_RTSP_GARBAGE)
                .filter(d -> asset(d).deviceClass().isPresent()).count();
        assertThat(score.classesRight()).as(score.render()).isEqualTo(lab.devices().size() - (int) garbageCameras);
    }

    @Test
    void terminalSummaryCarriesNoControlOrFormatCharacters() {
        String summary = new SummaryPrinter().render(report, Optional.empty());
        for (int i = 0; i < summary.length(); i++) {
            char c = summary.charAt(i);
            int type = Character.getType(c);
            assertThat(c == '\n' || (type != Character.CONTROL && type != Character.FORMAT
                    && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR))
                    .as("character U+%04X at %d of the summary:%n%s", (int) c, i, summary).isTrue();
        }
        assertThat(summary).doesNotContain("\u001b", "\r", "\u009b", "\u202e")
                .contains("Telnet", "Welcome", "<script>alert(1)</script>");
    }

    @Test
    void jsonReportKeepsHostileStringsExactlyAndEscaped() throws Exception {
        String json = new ReportJson().toJson(report);
        // JSON escapes C0 controls (ESC is written \u001B); C1 controls such as U+009B are valid JSON as they are
        assertThat(json.chars().filter(c -> c < 0x20 && c != '\n')).as("raw C0 control characters").isEmpty();
        assertThat(json).contains("\\u001B");
        assertThat(json).as("no entity of the XML bombs was resolved").doesNotContain("XXE-CANARY", "root:x:0", "lollol");
        JsonNode tree = new ObjectMapper().readTree(json);
        LabDevice injection = device(DeviceKind.HOSTILE_INJECTION);
        JsonNode asset = null;
        for (JsonNode a : tree.path("assets")) {
            if (a.path("address").asText().equals(injection.address())) {
                asset = a;
            }
        }
        assertThat(asset).isNotNull();
        assertThat(asset.path("vendor").asText()).isEqualTo(HostileStrings.VENDOR);
        assertThat(asset.path("firmware").asText()).isEqualTo(HostileStrings.FIRMWARE);
        List<String> evidence = new ArrayList<>();
        for (JsonNode f : tree.path("findings")) {
            if (f.path("asset").asText().equals(injection.address())) {
                evidence.add(f.path("evidence").asText());
            }
        }
        assertThat(evidence).as("the realm, ESC and BEL included").anyMatch(e -> e.contains(HostileStrings.REALM));
        assertThat(asset.path("model").asText()).isEqualTo(HostileStrings.MODEL);
        // the banner reader drops control characters before anything else sees the banner
        assertThat(evidence).anyMatch(e -> e.contains("<script>alert(1)</script>") && e.contains("Welcome")
                && !e.contains("\u001b"));
    }

    @Test
    void hostileDevicesLetGoOfTheirConnectionsOnceTheScanIsOver() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (lab.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(lab.openConnections()).isZero();
    }

    private LabDevice device(DeviceKind kind) {
        return lab.devices().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private AssetEntry asset(LabDevice device) {
        return report.assets().stream().filter(a -> a.address().equals(device.address())).findFirst()
                .orElseThrow(() -> new AssertionError("no asset for " + device.kind() + " at " + device.address()));
    }
}
