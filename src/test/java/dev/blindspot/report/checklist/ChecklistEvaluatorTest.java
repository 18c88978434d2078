package dev.blindspot.report.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blindspot.check.CheckCatalogue;
import dev.blindspot.check.CheckMetadata;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Severity;
import dev.blindspot.check.Threat;
import dev.blindspot.report.FindingEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistEvaluatorTest {

    private final ChecklistDefinition definition = ChecklistDefinition.bundled();
    private final ChecklistEvaluator evaluator = new ChecklistEvaluator(definition);

    private static FindingEntry finding(String id, String checkId, String status) {
        return new FindingEntry(id, checkId, "t", Severity.HIGH, status, Threat.CREDENTIALS, "127.0.0.1", Optional.of(80),
                "e", status.equals("unknown") ? Optional.of("why") : Optional.empty(), "r", "fix", List.of(), Confidence.CONFIRMED);
    }

    private static ChecklistItem item(Checklist c, String id) {
        return c.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyAutomaticItemNamesChecksThatExistAndEveryAreaIsAThreat() {
        Set<String> known = CheckCatalogue.loadDefault().entries().stream().map(CheckMetadata::id).collect(Collectors.toSet());
        for (ItemDefinition d : definition.items()) {
            assertThat(known).as(d.id()).containsAll(d.checks());
            assertThat(Threat.fromWire(d.area())).isNotNull();
        }
        assertThat(definition.items().stream().map(ItemDefinition::area).distinct())
                .containsExactlyInAnyOrder("exposure", "credentials", "patching", "segmentation", "vms-controls", "vendor-risk");
    }

    @Test
    void failBeatsUnknownBeatsPassAndNothingAssessedIsUnknownNeverPass() {
        Checklist c = evaluator.evaluate(List.of(
                finding("000000000000000a", "default-credentials-accepted", "pass"),
                finding("000000000000000b", "default-credentials-accepted", "fail"),
                finding("000000000000000c", "weak-password-accepted", "unknown"),
                finding("000000000000000d", "weak-password-accepted", "pass"),
                finding("000000000000000e", "shared-password", "pass")), Answers.none());

        assertThat(item(c, "credentials.no-default").status()).isEqualTo("fail");
        assertThat(item(c, "credentials.no-default").findings()).containsExactly("000000000000000b");
        assertThat(item(c, "credentials.no-weak").status()).isEqualTo("unknown");
        assertThat(item(c, "credentials.unique").status()).isEqualTo("pass");
        assertThat(item(c, "segmentation.dedicated-network").status()).isEqualTo("unknown");
        assertThat(item(c, "segmentation.dedicated-network").basis()).startsWith("nothing assessed");
        assertThat(item(c, "vms.mfa").status()).isEqualTo("manual");
        // assessed: no-default (5, fail) and unique (3, pass): 3/8 = 38
        assertThat(c.overall()).contains(38);
        AreaScore credentials = c.areas().stream().filter(a -> a.area().equals("credentials")).findFirst().orElseThrow();
        assertThat(credentials.score()).contains(38);
        assertThat(credentials.fail()).isEqualTo(1);
        assertThat(c.areas().stream().filter(a -> a.area().equals("vms-controls")).findFirst().orElseThrow().score()).isEmpty();
        assertThat(c.raiseMost()).first().satisfies(s -> {
            assertThat(s.item()).isEqualTo("credentials.no-default");
            assertThat(s.from()).isEqualTo(38);
            assertThat(s.to()).isEqualTo(100);
            assertThat(s.failingFindings()).isEqualTo(1);
        });
    }

    @Test
    void answersJudgeManualItemsOnlyAndBadFilesNameTheProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("answers.yaml");
        Files.writeString(file, """
                answers:
                  vms.mfa: {answer: yes, by: "J. Doe", date: 2026-11-01, note: "Duo on the VMS"}
                  vendor.certification: no
                """);
        Answers answers = Answers.read(file, definition);
        Checklist c = evaluator.evaluate(List.of(), answers);

        assertThat(item(c, "vms.mfa").status()).isEqualTo("pass");
        assertThat(item(c, "vms.mfa").answered()).isTrue();
        assertThat(item(c, "vms.mfa").basis()).isEqualTo("answered yes by J. Doe on 2026-11-01: Duo on the VMS");
        assertThat(item(c, "vendor.certification").status()).isEqualTo("fail");
        assertThat(item(c, "vendor.access").status()).isEqualTo("manual");
        // vms.mfa 4 pass, vendor.certification 2 fail
        assertThat(c.overall()).contains(67);

        Files.writeString(file, "answers:\n  credentials.no-default: yes\n");
        assertThatThrownBy(() -> Answers.read(file, definition)).hasMessageContaining("credentials.no-default")
                .hasMessageContaining("cannot be answered");
        Files.writeString(file, "answers:\n  vms.nonsense: yes\n");
        assertThatThrownBy(() -> Answers.read(file, definition)).hasMessageContaining("'vms.nonsense' is not a checklist item");
        Files.writeString(file, "answers:\n  vms.mfa: maybe\n");
        assertThatThrownBy(() -> Answers.read(file, definition)).hasMessageContaining("needs answer yes or no");
    }

    @Test
    void theDocumentedTemplateAnswersEveryManualItemAndIsAccepted(@TempDir Path dir) throws IOException {
        String doc = Files.readString(Path.of("docs", "answers.md"));
        String yaml = doc.substring(doc.indexOf("```yaml") + 7, doc.indexOf("```", doc.indexOf("```yaml") + 7));
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, yaml);

        Answers answers = Answers.read(file, definition);

        List<String> manual = definition.items().stream().filter(ItemDefinition::answerable).map(ItemDefinition::id).toList();
        assertThat(answers.byItem().keySet()).containsExactlyInAnyOrderElementsOf(manual);
        assertThat(answers.byItem().values()).allMatch(a -> !a.yes());
    }

    @Test
    void anItemWithChecksAndAQuestionIsJudgedByTheScanWhenItSawSomethingElseByTheAnswer(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("answers.yaml");
        Files.writeString(file, "answers:\n  exposure.upnp-off: yes\n");
        Answers answers = Answers.read(file, definition);

        assertThat(item(evaluator.evaluate(List.of(), answers), "exposure.upnp-off").status()).isEqualTo("pass");
        assertThat(item(evaluator.evaluate(List.of(), Answers.none()), "exposure.upnp-off").status()).isEqualTo("manual");
        ChecklistItem judged = item(evaluator.evaluate(List.of(finding("000000000000000f", "upnp-igd-enabled", "fail")), answers),
                "exposure.upnp-off");
        assertThat(judged.status()).isEqualTo("fail");
        assertThat(judged.answered()).isFalse();
    }

    @Test
    void noAssessedItemMeansNoScoreAndNoSuggestion() {
        Checklist c = evaluator.evaluate(List.of(), Answers.none());
        assertThat(c.overall()).isEmpty();
        assertThat(c.raiseMost()).isEmpty();
        assertThat(c.items()).hasSize(definition.items().size());
    }
}
