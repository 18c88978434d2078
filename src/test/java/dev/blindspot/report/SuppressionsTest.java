package dev.blindspot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blindspot.report.render.JUnitReport;
import dev.blindspot.report.render.SarifReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionsTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    @Test
    void aLiveSuppressionMarksTheFindingAndTakesItOutOfTheOpenCounts(@TempDir Path dir) throws Exception {
        Report report = ReportFixtures.report();
        FindingEntry target = report.findings().stream().filter(f -> f.checkId().equals("default-credentials") && f.failing())
                .findFirst().orElseThrow();
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, """
                suppressions:
                  - finding: %s
                    reason: "Replaced in the January maintenance window (OPS-1)"
                    expires: 2027-01-31
                    by: J. Doe
                  - check: http-cleartext
                    asset: "::1"
                    port: 8080
                    reason: lab box
                    expires: 2026-11-21
                """.formatted(target.id()));

        Report applied = Suppressions.read(file).apply(report, TODAY);

        FindingEntry sup = applied.findings().stream().filter(f -> f.id().equals(target.id())).findFirst().orElseThrow();
        assertThat(sup.status()).isEqualTo("fail");
        assertThat(sup.open()).isFalse();
        assertThat(sup.suppressed()).contains(new Suppression("Replaced in the January maintenance window (OPS-1)", "2027-01-31",
                Optional.of("J. Doe")));
        assertThat(applied.summary().findings().get("critical")).isEqualTo(report.summary().findings().get("critical") - 1);
        assertThat(applied.summary().suppressed()).isEqualTo(1);
        assertThat(applied.summary().statuses()).isEqualTo(report.summary().statuses());
        // the expired one is not applied and is named in the notes
        assertThat(applied.findings().stream().filter(f -> f.asset().equals("::1")).findFirst().orElseThrow().suppressed()).isEmpty();
        assertThat(applied.scan().notes()).anyMatch(n -> n.startsWith("suppression of check http-cleartext on ::1:8080 expired on 2026-11-21 (lab box): 1 finding is reported again"));
        assertThat(new ReportSchema().errors(new ReportJson().toTree(applied))).isEmpty();

        JsonNode sarif = new SarifReport().render(applied, Optional.empty());
        assertThat(sarif.at("/runs/0/results").findValues("suppressions")).hasSize(1);
        assertThat(new JUnitReport().render(applied)).contains("suppressed until 2027-01-31");
    }

    @Test
    void badEntriesAreRefusedWithTheirNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "suppressions:\n  - check: telnet-enabled\n    reason: x\n    expires: someday\n");
        assertThatThrownBy(() -> Suppressions.read(file)).hasMessageContaining("suppression 1").hasMessageContaining("'expires' must be a date");
        Files.writeString(file, "suppressions:\n  - check: telnet-enabled\n    expires: 2027-01-01\n");
        assertThatThrownBy(() -> Suppressions.read(file)).hasMessageContaining("'reason' is required");
        Files.writeString(file, "suppressions:\n  - finding: nothex\n    check: x\n    reason: r\n    expires: 2027-01-01\n");
        assertThatThrownBy(() -> Suppressions.read(file)).hasMessageContaining("either 'finding'");
    }
}
