package dev.blindspot.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.blindspot.check.CheckOutput;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Severity;
import dev.blindspot.check.Threat;
import dev.blindspot.report.render.FindingsCsv;
import dev.blindspot.report.render.HtmlReport;
import dev.blindspot.report.render.JUnitReport;
import dev.blindspot.report.render.MarkdownReport;
import dev.blindspot.report.render.ReportDiff;
import dev.blindspot.report.render.ReportFormat;
import dev.blindspot.report.render.SarifReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedFormatsTest {

    static final String HOSTILE = "<script>alert(1)</script> [x](http://evil.example) | `code` ![i](http://x) **b**";

    private static Report hostileReport() {
        List<CheckOutput> outputs = new ArrayList<>(ReportFixtures.outputs());
        outputs.add(new CheckOutput(ReportFixtures.meta("banner-check", Severity.HIGH, Threat.EXPOSURE), List.of(
                CheckResult.fail(ReportFixtures.CAMERA, 80, "Server: " + HOSTILE, Confidence.CONFIRMED),
                CheckResult.fail(ReportFixtures.CAMERA, 81, "KEV", Confidence.CONFIRMED).withDetail("CVE-2021-36260")
                        .withSeverity(Severity.CRITICAL))));
        return new ReportBuilder().build(ReportFixtures.tool(), ReportFixtures.scan(), ReportFixtures.inventory(), outputs);
    }

    private static List<String> sarifErrors(JsonNode sarif) throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b.schemaLoaders(l -> l.add(iri -> {
            if (iri.toString().startsWith("http") && !iri.toString().contains("sarif-schema-2.1.0")) {
                throw new IllegalStateException("tests must not fetch " + iri);
            }
            return null;
        })));
        try (InputStream in = RenderedFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonSchema schema = factory.getSchema(in);
            return schema.validate(sarif).stream().map(ValidationMessage::getMessage).toList();
        }
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchemaWithLevelsAndSecuritySeverity() throws Exception {
        JsonNode sarif = new SarifReport().render(hostileReport(), Optional.empty());

        assertThat(sarifErrors(sarif)).isEmpty();
        JsonNode run = sarif.get("runs").get(0);
        JsonNode results = run.get("results");
        assertThat(results).hasSize(hostileReport().findings().size());
        JsonNode kev = find(results, "banner-check", "fail", "critical");
        assertThat(kev.get("level").asText()).isEqualTo("error");
        assertThat(kev.get("properties").get("security-severity").asText()).isEqualTo("9.5");
        assertThat(find(results, "firmware-outdated", "fail", "medium").get("level").asText()).isEqualTo("warning");
        assertThat(find(results, "http-cleartext", "fail", "low").get("level").asText()).isEqualTo("note");
        JsonNode pass = find(results, "rtsp-unauthenticated", "pass", "high");
        assertThat(pass.get("kind").asText()).isEqualTo("pass");
        assertThat(pass.get("level").asText()).isEqualTo("none");
        assertThat(find(results, "default-credentials", "unknown", "critical").get("kind").asText()).isEqualTo("open");
        JsonNode rule = run.get("tool").get("driver").get("rules").get(kev.get("ruleIndex").asInt());
        assertThat(rule.get("id").asText()).isEqualTo("banner-check");
        assertThat(rule.get("properties").get("security-severity").asText()).isEqualTo("9.5");
        assertThat(kev.get("locations").get(0).get("logicalLocations").get(0).get("name").asText())
                .isEqualTo(ReportFixtures.CAMERA + ":81");
        assertThat(results.findValues("baselineState")).isEmpty();
    }

    @Test
    void aBaselineMarksResultsNewUnchangedAndAbsentAndStaysValid() throws Exception {
        Report old = ReportFixtures.report();
        Report now = hostileReport();
        // make one old failure disappear: drop the IPv6 cleartext finding from the new report
        Report newer = new Report(now.tool(), now.scan(), now.assets(),
                now.findings().stream().filter(f -> !f.asset().equals(ReportFixtures.V6)).toList(), now.summary());

        JsonNode sarif = new SarifReport().render(newer, Optional.of(old));

        assertThat(sarifErrors(sarif)).isEmpty();
        List<String> states = new ArrayList<>();
        sarif.get("runs").get(0).get("results").forEach(r -> {
            if (r.has("baselineState")) {
                states.add(r.get("properties").get("asset").asText() + " " + r.get("ruleId").asText() + " "
                        + r.get("baselineState").asText());
            }
        });
        assertThat(states).contains(ReportFixtures.CAMERA + " banner-check new",
                ReportFixtures.NVR + " default-credentials unchanged", ReportFixtures.V6 + " http-cleartext absent");
        ReportDiff diff = ReportDiff.between(old, newer);
        assertThat(diff.added()).hasSize(2);
        assertThat(diff.fixed()).extracting(FindingEntry::asset).containsExactly(ReportFixtures.V6);
    }

    @Test
    void junitIsReadByMavenSurefiresOwnReportParser(@TempDir Path dir) throws Exception {
        Report report = hostileReport();
        Path file = dir.resolve("TEST-blindspot.xml");
        Files.writeString(file, new JUnitReport().render(report), StandardCharsets.UTF_8);

        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(file.toString());

        assertThat(suites).extracting(ReportTestSuite::getFullClassName).contains("blindspot.default-credentials",
                "blindspot.banner-check");
        int tests = suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum();
        int failures = suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum();
        int skipped = suites.stream().mapToInt(ReportTestSuite::getNumberOfSkipped).sum();
        assertThat(tests).isEqualTo(report.findings().size());
        assertThat(failures).isEqualTo(report.summary().statuses().get("fail"));
        assertThat(skipped).isEqualTo(report.summary().statuses().get("unknown"));
        ReportTestCase hostile = suites.stream().flatMap(s -> s.getTestCases().stream())
                .filter(c -> c.getFailureMessage() != null && c.getFailureMessage().contains("<script>")).findFirst().orElseThrow();
        assertThat(hostile.getFailureType()).isEqualTo("high");
        assertThat(Files.readString(file)).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void markdownShowsTopGapsAndKeepsDeviceStringsInert() {
        String md = new MarkdownReport().render(hostileReport());

        assertThat(md).contains("## Close these first").contains("**CRITICAL** Title of banner-check");
        assertThat(md).doesNotContain("<script>").doesNotContain("](http").doesNotContain("![i]")
                .contains("&lt;script&gt;").contains("\\[x\\]\\(http://evil.example\\)");
        // a table row of device text must not gain cells: every '|' in the text is escaped
        String row = md.lines().filter(l -> l.contains("evil")).filter(l -> l.startsWith("| ")).findFirst().orElseThrow();
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(6);
    }

    @Test
    void htmlIsSelfContainedAndEscapesEveryDeviceString() {
        String html = new HtmlReport().render(hostileReport());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy")
                .contains("default-src 'none'").doesNotContain("<script").doesNotContain("<img")
                .doesNotContain("src=\"http").doesNotContain("<link");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("id=\"top\"").contains("id=\"checklist\"");
        assertThat(html.indexOf("id=\"top\"")).isLessThan(html.indexOf("id=\"findings\""));
        assertThat(html).contains("2025-01-15 10:00:00 UTC");
    }

    @Test
    void pdfCarriesScoreTopGapsAndDeviceTextAsPlainText() throws Exception {
        Report report = hostileReport().withChecklist(new dev.blindspot.report.checklist.ChecklistEvaluator(
                dev.blindspot.report.checklist.ChecklistDefinition.bundled()).evaluate(hostileReport().findings(),
                dev.blindspot.report.checklist.Answers.none()));
        byte[] pdf = ReportFormat.PDF.render(report, Optional.empty());

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Blindspot assessment").contains("Close these first").contains("Score: ")
                    .contains("1. [CRITICAL] Title of default-credentials").contains("<script>alert(1)</script>")
                    .contains("Checklist").contains("127.20.0.5");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Blindspot assessment");
        }
    }

    @Test
    void csvListsFindingsOrAssetsForAnInventory() throws Exception {
        String csv = new FindingsCsv().render(hostileReport());
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,status,severity,threat,check,title,asset,port");
        assertThat(csv.lines().count()).isEqualTo(1 + hostileReport().findings().size());

        Report r = ReportFixtures.report();
        Report inventory = new Report(r.tool(), new ScanInfo(r.scan().startedAt(), r.scan().finishedAt(), r.scan().targets(),
                r.scan().excluded(), "safe", true, 1, 1, List.of(), false), r.assets(), List.of(), r.summary());
        String assets = new String(ReportFormat.CSV.render(inventory, Optional.empty()), StandardCharsets.UTF_8);
        assertThat(assets.lines().findFirst().orElseThrow()).startsWith("address,vendor");
    }

    @Test
    void everyFormatRendersAndNamesAreChecked() throws Exception {
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(f.render(hostileReport(), Optional.empty())).isNotEmpty();
            assertThat(ReportFormat.named(f.wireName())).isEqualTo(f);
        }
        assertThat(ReportFormat.named("Markdown")).isEqualTo(ReportFormat.MD);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportFormat.named("docx"))
                .hasMessageContaining("json, html, sarif, csv, md, junit, pdf");
        JsonNode parsed = new ObjectMapper().readTree(ReportFormat.SARIF.render(hostileReport(), Optional.empty()));
        assertThat(parsed.get("version").asText()).isEqualTo("2.1.0");
    }

    private static JsonNode find(JsonNode results, String rule, String status, String severity) {
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals(rule) && r.get("properties").get("status").asText().equals(status)
                    && r.get("properties").get("severity").asText().equals(severity)) {
                return r;
            }
        }
        throw new AssertionError("no " + rule + " " + status + " " + severity);
    }
}
