package dev.blindspot.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example of every rule must be matched by that rule, extract what it says, and not be shadowed. */
class FingerprintRulesTest {

    private static final VendorVocabulary VOCABULARY = VendorVocabulary.loadDefault();
    private static final FingerprintRules RULES = FingerprintRules.loadDefault(VOCABULARY);

    @TestFactory
    Stream<DynamicTest> everyExampleIsMatchedByItsOwnRuleFirst() {
        List<DynamicTest> tests = new ArrayList<>();
        for (FingerprintRule rule : RULES.rules()) {
            for (FingerprintRule.Example ex : rule.examples()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " <- " + ex.value(), () -> {
                    Optional<FingerprintRule.Match> own = rule.match(ex.value());
                    assertThat(own).as("rule %s must match its example", rule).isPresent();
                    assertThat(own.get().model()).as("model").isEqualTo(ex.model());
                    assertThat(own.get().firmware()).as("firmware").isEqualTo(ex.firmware());
                    FingerprintRule.Match first = RULES.firstMatch(rule.source(), ex.value()).orElseThrow();
                    assertThat(first.rule().id()).as("an earlier rule shadows %s", rule.id()).isEqualTo(rule.id());
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThan(40);
        return tests.stream();
    }

    @Test
    void everyRuleFileIsNamedAfterAKnownSourceAndHoldsOnlyThatSource() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(FingerprintRules.class.getResource(FingerprintRules.RULES_DIR).toURI());
        List<String> files;
        try (Stream<java.nio.file.Path> list = java.nio.file.Files.list(dir)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (String file : files) {
            assertThat(file).as("rule file name").endsWith(".yaml");
            String source = file.substring(0, file.length() - ".yaml".length());
            assertThat(FingerprintRules.SOURCES).as("%s names an unknown evidence source", file).contains(source);
            assertThat(RULES.rules().stream().filter(r -> r.source().equals(source)))
                    .as("%s is loaded", file).isNotEmpty();
        }
        assertThat(RULES.rules()).allSatisfy(r -> assertThat(files).contains(r.source() + ".yaml"));
    }

    @Test
    void vendorsMustComeFromTheVocabulary() {
        String yaml = """
                rules:
                  - {id: x, source: http.server, pattern: '^X', vendor: Hickvision, deviceClass: camera, examples: [{value: X}]}
                """;
        assertThatThrownBy(() -> FingerprintRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), VOCABULARY))
                .hasMessageContaining("'Hickvision' is not in vendors.yaml");
    }

    @Test
    void rulesWithoutExamplesOrWithUnknownSourcesAreRejected() {
        String noExamples = "rules:\n  - {id: y, source: http.server, pattern: '^Y', vendor: Axis}\n";
        assertThatThrownBy(() -> FingerprintRules.parse(new ByteArrayInputStream(noExamples.getBytes(StandardCharsets.UTF_8)), VOCABULARY))
                .hasMessageContaining("has no examples");
        String badSource = "rules:\n  - {id: z, source: http.body, pattern: '^Z', vendor: Axis, examples: [{value: Z}]}\n";
        assertThatThrownBy(() -> FingerprintRules.parse(new ByteArrayInputStream(badSource.getBytes(StandardCharsets.UTF_8)), VOCABULARY))
                .hasMessageContaining("unknown source 'http.body'");
    }

    @Test
    void vocabularyNormalisesAliasesAndKnowsOems() {
        assertThat(VOCABULARY.canonical("HIKVISION")).contains("Hikvision");
        assertThat(VOCABULARY.canonical("axis communications ab")).contains("Axis");
        assertThat(VOCABULARY.manufacturerOf("Lorex")).contains("Dahua");
        assertThat(VOCABULARY.manufacturerOf("Annke")).contains("Hikvision");
        assertThat(VOCABULARY.canonical("Acme Cameras")).isEmpty();
    }
}
