package dev.blindspot.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ReportSchemaTest {

    private final ReportSchema schema = new ReportSchema();
    private final ReportJson json = new ReportJson();

    private ObjectNode tree() {
        return (ObjectNode) json.toTree(ReportFixtures.report());
    }

    private static ObjectNode firstFinding(ObjectNode tree) {
        return (ObjectNode) tree.get("findings").get(0);
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        try (InputStream in = ReportSchema.class.getResourceAsStream(ReportSchema.RESOURCE)) {
            JsonNode document = new ObjectMapper().readTree(in);
            assertThat(document.get("$id").asText()).isEqualTo("https://blindspot.dev/schema/report-1.json");
            assertThat(schema.schemaErrors(document)).isEmpty();
            ((ObjectNode) document).put("type", 5);
            assertThat(schema.schemaErrors(document)).isNotEmpty();
        }
    }

    @Test
    void aRealisticBuiltReportConforms() {
        ObjectNode tree = tree();

        assertThat(tree.get("assets").size()).isEqualTo(3);
        assertThat(tree.get("findings").size()).isEqualTo(6);
        assertThat(schema.errors(tree)).isEmpty();
    }

    @Test
    void anIncompleteReportWithNotesAndNoFindingsConforms() {
        Report report = new ReportBuilder().build(ReportFixtures.tool(),
                ReportFixtures.scan(false, java.util.List.of("interrupted by the operator")),
                ReportFixtures.inventory(), java.util.List.of());

        assertThat(schema.errors(json.toTree(report))).isEmpty();
    }

    @Test
    void rejectsAnUnknownSeverity() {
        ObjectNode tree = tree();
        firstFinding(tree).put("severity", "catastrophic");

        assertThat(schema.errors(tree)).anyMatch(e -> e.contains("severity"));
    }

    @Test
    void rejectsAMissingFindingsList() {
        ObjectNode tree = tree();
        tree.remove("findings");

        assertThat(schema.errors(tree)).anyMatch(e -> e.contains("findings"));
    }

    @Test
    void rejectsAPortGivenAsAString() {
        ObjectNode tree = tree();
        ObjectNode port = (ObjectNode) tree.get("assets").get(0).get("ports").get(0);
        port.put("port", "80");
        firstFinding(tree).put("port", "80");

        assertThat(schema.errors(tree)).anyMatch(e -> e.startsWith("/assets/0/ports/0/port:"))
                .anyMatch(e -> e.startsWith("/findings/0/port:"));
    }

    @Test
    void rejectsAnUnknownFindingWithoutReasonAndAFailWithOne() {
        ObjectNode tree = tree();
        ObjectNode unknown = null;
        for (JsonNode f : tree.get("findings")) {
            if (f.get("status").asText().equals("unknown")) {
                unknown = (ObjectNode) f;
            }
        }
        assertThat(unknown).isNotNull();
        unknown.putNull("reason");
        firstFinding(tree).put("reason", "no reason for a fail");

        assertThat(schema.errors(tree)).anyMatch(e -> e.contains("reason")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void rejectsBadVocabularyAndShapes() {
        assertRejected(t -> firstFinding(t).put("status", "warn"));
        assertRejected(t -> firstFinding(t).put("threat", "aliens"));
        assertRejected(t -> firstFinding(t).put("confidence", "certain"));
        assertRejected(t -> firstFinding(t).put("id", "not-a-hash"));
        assertRejected(t -> ((ObjectNode) t.get("assets").get(0)).put("deviceClass", "toaster"));
        assertRejected(t -> ((ObjectNode) t.get("assets").get(0)).remove("vendor"));
        assertRejected(t -> ((ObjectNode) t.get("assets").get(0)).set("ports", new ObjectMapper().createArrayNode()));
        assertRejected(t -> ((ObjectNode) t.get("assets").get(0).get("ports").get(0)).put("port", 70000));
        assertRejected(t -> firstFinding(t).put("port", 0));
        assertRejected(t -> ((ObjectNode) t.get("scan")).put("startedAt", "yesterday"));
        assertRejected(t -> ((ObjectNode) t.get("tool")).put("extra", 1));
        assertRejected(t -> ((ObjectNode) t.get("summary").get("findings")).put("severe", 1));
        assertRejected(t -> ((ObjectNode) t.get("summary").get("findings")).remove("info"));
        assertRejected(t -> ((ArrayNode) t.get("assets").get(0).get("evidence")).addObject().put("source", "x"));
    }

    @Test
    void acceptsNewFieldsWhereGrowthIsExpected() {
        ObjectNode tree = tree();
        tree.put("baseline", "previous.json");
        ((ObjectNode) tree.get("scan")).put("rate", 50);
        ((ObjectNode) tree.get("assets").get(0)).put("hostname", "nvr.local");
        firstFinding(tree).putArray("cves").add("CVE-2021-36260");
        ((ObjectNode) tree.get("summary")).putObject("threats");

        assertThat(schema.errors(tree)).isEmpty();
    }

    private void assertRejected(java.util.function.Consumer<ObjectNode> damage) {
        ObjectNode tree = tree();
        damage.accept(tree);
        assertThat(schema.errors(tree)).as("errors for %s", tree).isNotEmpty();
    }
}
