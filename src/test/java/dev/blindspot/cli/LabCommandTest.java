package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.lab.Fleets;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.Report;
import dev.blindspot.report.ReportFiles;
import dev.blindspot.scan.ScanProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code blindspot lab score} and the lab command's refusals (everything that returns before the lab runs). */
class LabCommandTest {

    @Test
    void scorePrintsRecallPrecisionAndAccuracyForAReportAndItsKey(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        Path key = dir.resolve("key.json");
        dev.blindspot.lab.AnswerKey answerKey;
        try (RunningLab lab = Lab.start(Fleets.demo(), LabOptions.defaults().withFirstAddress("127.31.50.1"))) {
            Report scanned = LabScans.scan(lab, ScanProfile.safe());
            ReportFiles.writeAtomically(scanned, report);
            answerKey = lab.answerKey();
            Files.writeString(key, new ObjectMapper().writeValueAsString(answerKey));
        }
        long defaults = answerKey.devices().stream().filter(d -> d.failing().contains("default-credentials-accepted")).count();
        long shared = answerKey.devices().stream().filter(d -> d.failing().contains("shared-password")).count();
        // the safe profile sends no active check either: planted vulnerability-confirmed is UNKNOWN ("profile safe")
        long confirmed = answerKey.devices().stream().filter(d -> d.failing().contains("vulnerability-confirmed")).count();
        // planted vulnerable firmware the safe profile could not read is UNKNOWN there: undetermined too
        java.util.Set<String> plantedFirmware = new java.util.HashSet<>();
        answerKey.devices().stream().filter(d -> d.failing().contains("firmware-known-vulnerability"))
                .forEach(d -> plantedFirmware.add(d.address()));
        java.util.Set<String> reportedFirmware = new java.util.HashSet<>();
        Report back = new dev.blindspot.report.ReportJson().read(Files.readString(report));
        back.findings().stream().filter(f -> f.checkId().equals("firmware-known-vulnerability") && f.failing())
                .forEach(f -> reportedFirmware.add(f.asset()));
        long firmwareUndetermined = back.findings().stream().filter(f -> f.checkId().equals("firmware-known-vulnerability")
                && f.status().equals("unknown") && plantedFirmware.contains(f.asset()) && !reportedFirmware.contains(f.asset()))
                .map(f -> f.asset()).distinct().count();
        int devices = answerKey.devices().size();
        CliTest.Run r = CliTest.run("lab", "score", report.toString(), "--key", key.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // the safe profile tries no passwords: every planted default credential is UNKNOWN ("profile safe"), neither
        // found nor missed, and listed as undetermined (so is a planted shared password); open streams are found
        assertThat(defaults).isPositive();
        assertThat(r.out()).containsPattern("default-credentials-accepted\\s+1\\.00\\s+1\\.00\\s+0\\s+0\\s+0")
                // planted security-update-overdue where the safe profile read no firmware is undetermined too
                .contains("undetermined (UNKNOWN where planted, not in recall): " + (defaults + shared + confirmed + firmwareUndetermined
                        + r.out().lines().filter(l -> l.matches("\\s+\\S+ security-update-overdue: .*")).count()))
                .contains("127.31.50.1 default-credentials-accepted: profile safe: no credentials tried")
                .containsPattern("rtsp-unauthenticated-stream\\s+1\\.00\\s+1\\.00\\s+1\\s+0\\s+0")
                .contains("vendor right on " + devices + " of " + devices + " devices (100.0%)")
                .contains("device class right on " + devices + " of " + devices + " devices");
    }

    @Test
    void scoreRefusesFilesThatAreNotAReportOrAKeyWithExitTwo(@TempDir Path dir) throws Exception {
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{not json");
        Path key = dir.resolve("key.json");
        Files.writeString(key, "{\"devices\": []}");
        Path notAKey = dir.resolve("notakey.json");
        Files.writeString(notAKey, "{\"tool\": {\"name\": \"blindspot\"}}");

        CliTest.Run bad = CliTest.run("lab", "score", garbage.toString(), "--key", key.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains(garbage.toString()).contains("not a readable Blindspot report");

        CliTest.Run missing = CliTest.run("lab", "score", dir.resolve("nope.json").toString(), "--key", key.toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.json").contains("no such file");

        Path report = dir.resolve("empty-report.json");
        Files.writeString(report, "{\"assets\": [], \"findings\": []}");
        CliTest.Run wrongKey = CliTest.run("lab", "score", report.toString(), "--key", notAKey.toString());
        assertThat(wrongKey.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrongKey.err()).contains("notakey.json").contains("not an answer key");

        assertThat(CliTest.run("lab", "score", report.toString()).code()).isEqualTo(ExitCodes.USAGE);
        CliTest.Run empty = CliTest.run("lab", "score", report.toString(), "--key", key.toString());
        assertThat(empty.code()).isZero();
        assertThat(empty.out()).contains("vendor right on 0 of 0 devices");
    }

    @Test
    void labRefusesBadFleetsAndRangesBeforeBindingAnything(@TempDir Path dir) throws Exception {
        Path fleet = dir.resolve("fleet.yaml");
        Files.writeString(fleet, "- {kind: HIKVISION_CAMERA, count: 2}\n- {kind: HIKVISION_CAMERA, telnet: perhaps}\n");
        CliTest.Run badFleet = CliTest.run("lab", "--fleet", fleet.toString());
        assertThat(badFleet.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFleet.err()).contains("entry 2 (HIKVISION_CAMERA): field 'telnet'");

        CliTest.Run tooSmall = CliTest.run("lab", "--devices", "600", "--range", "127.31.60.0/23");
        assertThat(tooSmall.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooSmall.err()).contains("room for fewer than 600 devices");

        CliTest.Run notLoopback = CliTest.run("lab", "--range", "10.0.0.0/24");
        assertThat(notLoopback.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notLoopback.err()).contains("127.0.0.0/8");

        CliTest.Run both = CliTest.run("lab", "--devices", "3", "--fleet", fleet.toString());
        assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("exclude each other");
    }
}
