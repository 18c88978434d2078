package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.lab.Fleets;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.RunningLab;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code blindspot report} re-renders a saved scan; {@code blindspot diff} compares two (lab on 127.105.x). */
class ReportCommandTest {

    @Test
    void aSavedLabScanRendersInEveryFormatAndDiffsAgainstItself(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("scan.json");
        try (RunningLab lab = Lab.start(Fleets.demo(), LabOptions.defaults().withFirstAddress("127.105.0.1"))) {
            String range = lab.devices().getFirst().address() + "-" + lab.devices().getLast().address();
            CliTest.Run scan = CliTest.run("scan", range, "--ports", LabPorts.of(lab.devices()).toString(), "-o", json.toString());
            assertThat(scan.code()).as(scan.err()).isIn(0, 1);
        }
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        int failing = report.at("/summary/statuses/fail").asInt();
        assertThat(failing).isPositive();

        for (String format : new String[] {"json", "html", "sarif", "csv", "md", "junit", "pdf"}) {
            Path out = dir.resolve("scan." + format);
            CliTest.Run r = CliTest.run("report", json.toString(), "--format", format, "-o", out.toString());
            assertThat(r.code()).as(format + ": " + r.err()).isZero();
            assertThat(Files.size(out)).as(format).isPositive();
        }
        assertThat(new ObjectMapper().readTree(dir.resolve("scan.json").toFile())).isEqualTo(report);
        JsonNode sarif = new ObjectMapper().readTree(dir.resolve("scan.sarif").toFile());
        assertThat(sarif.at("/runs/0/results").size()).isEqualTo(report.get("findings").size());
        assertThat(CliTest.run("report", json.toString(), "--format", "md").out()).contains("## Close these first");

        CliTest.Run same = CliTest.run("diff", json.toString(), json.toString(), "--fail-on-new");
        assertThat(same.code()).isZero();
        assertThat(same.out()).startsWith("new: 0, fixed: 0, unchanged: " + failing);

        Path empty = dir.resolve("empty.json");
        com.fasterxml.jackson.databind.node.ObjectNode before = (com.fasterxml.jackson.databind.node.ObjectNode) report.deepCopy();
        before.putArray("findings");
        new ObjectMapper().writeValue(empty.toFile(), before);
        CliTest.Run grown = CliTest.run("diff", empty.toString(), json.toString(), "--fail-on-new");
        assertThat(grown.code()).as(grown.out() + grown.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(grown.out()).startsWith("new: " + failing + ", fixed: 0, unchanged: 0");
    }

    @Test
    void badInputsAreClearErrors(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.json");
        Files.writeString(junk, "{\"not\": \"a report\"");
        CliTest.Run r = CliTest.run("report", junk.toString(), "--format", "sarif");
        assertThat(r.code()).isEqualTo(ExitCodes.SCAN_FAILED);
        assertThat(r.err()).startsWith("blindspot report: ").contains("junk.json");
        assertThat(CliTest.run("report", junk.toString(), "--format", "docx").code()).isEqualTo(ExitCodes.USAGE);
    }
}
