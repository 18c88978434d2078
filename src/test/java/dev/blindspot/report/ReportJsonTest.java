package dev.blindspot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.check.CheckOutput;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Severity;
import dev.blindspot.check.Threat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    private final ReportJson json = new ReportJson();

    @Test
    void roundTripIsLossless() throws IOException {
        Report report = ReportFixtures.report();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(report, out);

        Report back = json.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(back).isEqualTo(report);
        assertThat(json.toJson(back)).isEqualTo(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void terminalControlsFromDevicesAreEscapedButOrdinaryUnicodeIsNot() throws IOException {
        Report base = ReportFixtures.report();
        String hostile = "csi\u009b2J bidi\u202eevil sep\u2028x caf\u00e9 \uD83D\uDCF7";
        ScanInfo scan = base.scan();
        ScanInfo withNote = new ScanInfo(scan.startedAt(), scan.finishedAt(), scan.targets(), scan.excluded(),
                scan.profile(), scan.complete(), scan.addressesInScope(), scan.addressesProbed(), List.of(hostile));
        Report report = new Report(base.tool(), withNote, base.assets(), base.findings(), base.summary());

        String text = json.toJson(report);

        assertThat(text).contains("csi\\u009B2J", "bidi\\u202Eevil", "sep\\u2028x")
                .doesNotContain("\u009b", "\u202e", "\u2028")
                .contains("caf\u00e9");
        assertThat(json.read(text).scan().notes()).containsExactly(hostile);
    }

    @Test
    void emptyOptionalsAreNullAndPresentOnesPlain() {
        JsonNode tree = json.toTree(ReportFixtures.report());

        JsonNode nvr = tree.get("assets").get(0);
        assertThat(nvr.get("vendor").asText()).isEqualTo("Hikvision");
        assertThat(nvr.get("deviceClass").asText()).isEqualTo("recorder");
        JsonNode camera = tree.get("assets").get(1);
        assertThat(camera.get("vendor").isNull()).isTrue();
        assertThat(camera.get("deviceClass").isNull()).isTrue();
        JsonNode firmware = finding(tree, "firmware-outdated");
        assertThat(firmware.get("port").isNull()).isTrue();
        assertThat(firmware.get("reason").isNull()).isTrue();
        assertThat(finding(tree, "http-cleartext").get("port").isInt()).isTrue();
    }

    @Test
    void enumsUseTheirWireNames() {
        JsonNode f = finding(json.toTree(ReportFixtures.report()), "firmware-outdated");

        assertThat(f.get("severity").asText()).isEqualTo("medium");
        assertThat(f.get("threat").asText()).isEqualTo("patching");
        assertThat(f.get("confidence").asText()).isEqualTo("likely");
        assertThat(f.get("status").asText()).isEqualTo("fail");
    }

    @Test
    void fieldsKeepTheRecordsDeclarationOrder() {
        JsonNode tree = json.toTree(ReportFixtures.report());

        assertThat(names(tree)).containsExactly("tool", "scan", "assets", "findings", "summary", "checklist");
        assertThat(names(tree.get("scan"))).containsExactly("startedAt", "finishedAt", "targets", "excluded",
                "profile", "complete", "addressesInScope", "addressesProbed", "notes", "checksRun");
        assertThat(names(tree.get("assets").get(0))).containsExactly("address", "ports", "vendor", "manufacturer",
                "model", "firmware", "deviceClass", "confidence", "cpe", "evidence");
        assertThat(names(tree.get("findings").get(0))).containsExactly("id", "checkId", "title", "severity",
                "status", "threat", "asset", "port", "evidence", "reason", "risk", "remediation", "references",
                "confidence", "suppressed");
        assertThat(tree.get("findings").get(0).get("suppressed").isNull()).isTrue();
        assertThat(names(tree.get("summary"))).containsExactly("assets", "findings", "statuses", "suppressed");
        assertThat(names(tree.get("summary").get("findings"))).containsExactly("critical", "high", "medium",
                "low", "info");
    }

    @Test
    void outputIsPrettyPrintedAndEndsWithANewline() throws IOException {
        String text = json.toJson(ReportFixtures.report());

        assertThat(text).startsWith("{\n  \"tool\" : {").endsWith("}\n");
    }

    @Test
    void writeDoesNotCloseTheStream() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        json.write(ReportFixtures.report(), out);

        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isPositive();
    }

    @Test
    void readIgnoresFieldsAddedByANewerVersion() throws IOException {
        Report report = ReportFixtures.report();
        ObjectNode tree = (ObjectNode) json.toTree(report);
        tree.put("baseline", "previous.json");
        ((ObjectNode) tree.get("findings").get(0)).put("cvss", 9.8);

        assertThat(json.read(tree.toString())).isEqualTo(report);
    }

    @Test
    void readRejectsAReportWithoutARequiredList() {
        ObjectNode tree = (ObjectNode) json.toTree(ReportFixtures.report());
        tree.remove("findings");

        assertThatThrownBy(() -> json.read(tree.toString())).isInstanceOf(IOException.class);
    }

    @Test
    void aLoneSurrogateInDeviceTextBecomesAReplacementCharacter() throws IOException {
        String cut = "camera \uD83D"; // a check cut an emoji in half
        List<CheckOutput> outputs = new ArrayList<>(ReportFixtures.outputs());
        outputs.add(new CheckOutput(ReportFixtures.meta("banner-disclosure", Severity.INFO, Threat.VENDOR_RISK),
                List.of(CheckResult.fail(ReportFixtures.NVR, 80, cut, Confidence.CONFIRMED))));
        Report report = new ReportBuilder().build(ReportFixtures.tool(), ReportFixtures.scan(),
                ReportFixtures.inventory(), outputs);

        String text = json.toJson(report);

        assertThat(text).doesNotContainIgnoringCase("\\ud83d").contains("camera \uFFFD");
        assertThat(json.read(text).findings()).anyMatch(f -> f.evidence().equals("camera \uFFFD"));
    }

    @Test
    void charactersOutsideTheBmpSurviveTheRoundTrip() throws IOException {
        Report report = new Report(new Report.ToolInfo("blindspot", "1 \uD83D\uDCF7"), ReportFixtures.scan(),
                List.of(), List.of(), Summary.of(List.of(), List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(report, out);

        // with the terminal-safe escapes on, a pair outside the BMP is written as its two \\u escapes (valid JSON)
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"1 \\uD83D\\uDCF7\"");
        assertThat(json.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(report);
    }

    @Test
    void eachCallGetsAFreshMapper() {
        assertThat(ReportJson.newMapper()).isNotSameAs(ReportJson.newMapper());
    }

    static JsonNode finding(JsonNode tree, String checkId) {
        for (JsonNode f : tree.get("findings")) {
            if (f.get("checkId").asText().equals(checkId)) {
                return f;
            }
        }
        throw new AssertionError("no finding of " + checkId);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
