package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.ReportSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan --baseline/--history/--policy} end to end on a three-camera lab in this work's loopback block
 * (127.100-104.x): a Hikvision on 2014 firmware, an Amcrest (Dahua-made) on a 2020 build, an Axis on AXIS OS 10.12.
 */
class HygieneCliTest {

    private static RunningLab lab;
    private static String range;
    private static String ports;
    private static String hik;
    private static String amcrest;
    private static String axis;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        String first = "127." + (100 + ThreadLocalRandom.current().nextInt(5)) + "." + ThreadLocalRandom.current().nextInt(256) + ".1";
        lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA),
                DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA).withVendor("Amcrest"),
                DeviceSpec.defaults(DeviceKind.AXIS_CAMERA).withModel("P1448-LE").withFirmware("10.12.228")
                        .withPassword("Ax7!kQ2#wP9z")), LabOptions.defaults().withFirstAddress(first));
        range = lab.devices().getFirst().address() + "-" + lab.devices().getLast().address();
        ports = LabPorts.of(lab.devices()).toString();
        hik = lab.devices().get(0).address();
        amcrest = lab.devices().get(1).address();
        axis = lab.devices().get(2).address();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    private JsonNode scan(Path out, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("scan", range, "--ports", ports, "-o", out.toString()));
        args.addAll(List.of(extra));
        CliTest.Run run = CliTest.run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = json.readTree(out.toFile());
        assertThat(new ReportSchema().errors(report)).isEmpty();
        return report;
    }

    private static List<String> findings(JsonNode report, String checkId, String asset) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("checkId").asText().equals(checkId) && f.get("asset").asText().equals(asset)) {
                out.add(f.get("status").asText() + ": " + f.get("evidence").asText());
            }
        });
        return out;
    }

    private static void keepAssets(ObjectNode report, java.util.function.Predicate<String> keep) {
        ArrayNode assets = (ArrayNode) report.get("assets");
        for (int i = assets.size() - 1; i >= 0; i--) {
            if (!keep.test(assets.get(i).get("address").asText())) {
                assets.remove(i);
            }
        }
    }

    private static long count(JsonNode report, String checkId) {
        long n = 0;
        for (JsonNode f : report.get("findings")) {
            n += f.get("checkId").asText().equals(checkId) ? 1 : 0;
        }
        return n;
    }

    @Test
    void historyAndPolicyJudgeAuditAgeAndCoveredVendors(@TempDir Path dir) throws Exception {
        JsonNode first = scan(dir.resolve("first.json"));
        assertThat(findings(first, "security-update-overdue", hik)).singleElement().asString()
                .startsWith("fail: ").contains("V5.4.41", "CVE-2017-7921");
        assertThat(findings(first, "security-update-overdue", amcrest)).singleElement().asString().startsWith("fail: ");
        assertThat(count(first, "firmware-audit-overdue")).isZero();
        assertThat(count(first, "ndaa-889-covered-vendor")).as("no policy, no finding").isZero();
        assertThat(first.at("/scan/notes").toString()).contains("no previous report given");

        // history: an old report listing Hikvision and Amcrest, a recent one listing only Hikvision, and junk
        Path history = Files.createDirectory(dir.resolve("history"));
        Instant now = Instant.now();
        ObjectNode old = first.deepCopy();
        ((ObjectNode) old.get("scan")).put("startedAt", now.minus(Duration.ofDays(200)).toString());
        keepAssets(old, a -> !a.equals(axis));
        json.writeValue(history.resolve("old.json").toFile(), old);
        ObjectNode recent = first.deepCopy();
        ((ObjectNode) recent.get("scan")).put("startedAt", now.minus(Duration.ofDays(10)).toString());
        keepAssets(recent, a -> a.equals(hik));
        json.writeValue(history.resolve("recent.json").toFile(), recent);
        Files.writeString(history.resolve("garbage.json"), "{\"not\": \"a report\"");

        JsonNode second = scan(dir.resolve("second.json"), "--history", history.toString(), "--policy", "ndaa889");
        assertThat(findings(second, "firmware-audit-overdue", hik)).singleElement().asString()
                .startsWith("pass: ").contains("last audited 10 days ago", "recent.json");
        assertThat(findings(second, "firmware-audit-overdue", amcrest)).singleElement().asString()
                .startsWith("fail: ").contains("last audited 200 days ago", "old.json");
        assertThat(findings(second, "firmware-audit-overdue", axis)).singleElement().asString()
                .startsWith("fail: never audited");
        assertThat(second.at("/scan/notes").toString()).contains("skipped garbage.json").doesNotContain("no previous report");

        assertThat(findings(second, "ndaa-889-covered-vendor", hik)).singleElement().asString()
                .startsWith("fail: ").contains("Hangzhou Hikvision Digital Technology Company");
        assertThat(findings(second, "ndaa-889-covered-vendor", amcrest)).singleElement().asString()
                .startsWith("fail: ").contains("Amcrest", "Dahua Technology Company");
        assertThat(findings(second, "ndaa-889-covered-vendor", axis)).singleElement().asString().startsWith("pass: ");

        // the same with --baseline: the first report, minutes old
        JsonNode third = scan(dir.resolve("third.json"), "--baseline", dir.resolve("first.json").toString());
        assertThat(findings(third, "firmware-audit-overdue", axis)).singleElement().asString()
                .startsWith("pass: ").contains("last audited 0 days ago", "first.json");
    }

    @Test
    void badPolicyBaselineOrHistoryIsAUsageErrorBeforeAnyProbe(@TempDir Path dir) throws Exception {
        CliTest.Run policy = CliTest.run("scan", "127.100.0.1", "--ports", "9", "--policy", "gdpr");
        assertThat(policy.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(policy.err()).contains("unknown policy 'gdpr'", "ndaa889");
        CliTest.Run missing = CliTest.run("scan", "127.100.0.1", "--ports", "9", "--baseline", dir.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.json");
        Path notReport = Files.writeString(dir.resolve("notes.json"), "[1, 2, 3]");
        CliTest.Run junk = CliTest.run("scan", "127.100.0.1", "--ports", "9", "--baseline", notReport.toString());
        assertThat(junk.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(junk.err()).contains("not a Blindspot report");
        CliTest.Run notDir = CliTest.run("scan", "127.100.0.1", "--ports", "9", "--history", notReport.toString());
        assertThat(notDir.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notDir.err()).contains("not a directory");
    }
}
