package dev.blindspot.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.CheckOutput;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Severity;
import dev.blindspot.check.Threat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SummaryPrinterTest {

    private static final String HOSTILE = "Server: App-webs/\u001b[2J\u001b]0;pwned\u0007\n"
            + "[CRITICAL] 127.0.0.1:22 fake line\r\n" + "x".repeat(400);

    @Test
    void printsHeaderCountsTopFindingsUnknownsAndTheReportFile() {
        String text = new SummaryPrinter().render(ReportFixtures.report(), Optional.of(Path.of("out/report.json")));

        assertThat(text.lines().toList()).containsExactly(
                "blindspot 0.1.0-SNAPSHOT: 127.20.0.0/24, ::1 - 3 assets - scan complete",
                "Failing findings: 1 critical, 0 high, 1 medium, 2 low, 0 info",
                "  CRITICAL  127.20.0.5:80  Title of default-credentials - admin/**** accepted over http-digest",
                "  MEDIUM    127.20.0.5     Title of firmware-outdated - firmware V4.62.210 (build 230619)",
                "  LOW       127.20.0.5:80  Title of http-cleartext - HTTP without TLS",
                "  LOW       [::1]:8080     Title of http-cleartext - HTTP without TLS",
                "1 unknown (could not be checked), commonest reasons:",
                "  1 x timed out after 3000 ms",
                "Full report: out/report.json");
    }

    @Test
    void aJudgedChecklistAddsTheScoreAndWhatRaisesItMost() {
        Report plain = ReportFixtures.report();
        assertThat(new SummaryPrinter().render(plain, Optional.empty())).doesNotContain("Checklist score");
        Report judged = plain.withChecklist(new dev.blindspot.report.checklist.ChecklistEvaluator(
                dev.blindspot.report.checklist.ChecklistDefinition.bundled()).evaluate(plain.findings(),
                dev.blindspot.report.checklist.Answers.none()));

        String text = new SummaryPrinter().render(judged, Optional.empty());

        assertThat(text).contains("Checklist score: " + judged.checklist().overall().map(s -> s + "/100").orElse("not assessed")
                + " over ");
    }

    @Test
    void limitsTheFailingListAndSaysHowManyMore() {
        String text = new SummaryPrinter(2, false).render(ReportFixtures.report(), Optional.empty());

        assertThat(text).contains("  ... and 2 more failing\n").doesNotContain("Full report")
                .doesNotContain("HTTP without TLS");
    }

    @Test
    void anIncompleteScanSaysSoWithItsNotes() {
        Report report = new ReportBuilder().build(ReportFixtures.tool(),
                ReportFixtures.scan(false, List.of("interrupted\u001b[31m by Ctrl-C")), ReportFixtures.inventory(),
                List.of());

        String text = new SummaryPrinter().render(report, Optional.empty());

        assertThat(text).startsWith("blindspot 0.1.0-SNAPSHOT: 127.20.0.0/24, ::1 - 3 assets - scan INCOMPLETE\n"
                + "  note: interrupted by Ctrl-C\n"
                + "Failing findings: 0 critical, 0 high, 0 medium, 0 low, 0 info\n");
        assertThat(text).doesNotContain("unknown");
    }

    @Test
    void hostileDeviceStringsCannotControlTheTerminalOrInjectLines() {
        List<CheckOutput> outputs = new ArrayList<>(ReportFixtures.outputs());
        outputs.add(new CheckOutput(ReportFixtures.meta("banner-disclosure", Severity.INFO, Threat.VENDOR_RISK),
                List.of(CheckResult.fail(ReportFixtures.NVR, 80, HOSTILE, Confidence.CONFIRMED),
                        CheckResult.unknown(ReportFixtures.CAMERA, 443, "bad\u001b]52;c;ZXZpbA==\u0007 reply\nFAKE"))));
        Report report = new ReportBuilder().build(ReportFixtures.tool(), ReportFixtures.scan(),
                ReportFixtures.inventory(), outputs);

        String text = new SummaryPrinter().render(report, Optional.of(Path.of("r\u001b[8m.json")));

        assertThat(text.chars()).noneMatch(c -> c != '\n' && (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)));
        assertThat(text).doesNotContain("pwned").doesNotContain("ZXZpbA");
        assertThat(text.lines()).noneMatch(l -> l.startsWith("[CRITICAL]") || l.startsWith("FAKE"));
        assertThat(text).contains("  INFO      127.20.0.5:80  Title of banner-disclosure - Server: App-webs/ "
                + "[CRITICAL] 127.0.0.1:22 fake line xxx");
        assertThat(text).contains("  1 x bad reply FAKE\n").contains("Full report: r.json\n");
        assertThat(text.lines()).allMatch(l -> l.length() <= 250);
    }

    @Test
    void noColourByDefaultAndColouredSeverityOnlyWhenAsked() throws IOException {
        Report report = ReportFixtures.report();
        assertThat(new SummaryPrinter().render(report, Optional.empty())).doesNotContain("\u001b");

        StringBuilder coloured = new StringBuilder();
        new SummaryPrinter(10, true).print(report, Optional.empty(), coloured);

        assertThat(coloured.toString()).contains("  \u001b[1;31mCRITICAL\u001b[0m  127.20.0.5:80  ")
                .contains("\u001b[33mMEDIUM  \u001b[0m");
    }

    @Test
    void printsToAPrintStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Report report = ReportFixtures.report();

        new SummaryPrinter().print(report, Optional.empty(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo(new SummaryPrinter().render(report, Optional.empty()));
    }

    @Test
    void manyTargetsAreAbbreviated() {
        ScanInfo scan = new ScanInfo("2025-01-15T10:00:00Z", "2025-01-15T10:00:01Z",
                List.of("127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"), List.of(), "quick", true,
                5, 5, List.of());
        Report report = new ReportBuilder().build(ReportFixtures.tool(), scan,
                dev.blindspot.inventory.Inventory.of(List.of()), List.of());

        assertThat(new SummaryPrinter().render(report, Optional.empty()))
                .startsWith("blindspot 0.1.0-SNAPSHOT: 127.0.0.1, 127.0.0.2, 127.0.0.3 (+2 more) - 0 assets - scan complete\n");
    }
}
