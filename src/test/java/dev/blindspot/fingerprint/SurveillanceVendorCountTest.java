package dev.blindspot.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: at least 40 surveillance vendors or VMS products recognised, each with examples. Counted from the data:
 * a vocabulary entry counts when a rule names it with a surveillance class (camera, recorder, encoder, vms) and
 * every example of that rule matches it.
 */
class SurveillanceVendorCountTest {

    @Test
    void atLeastFortySurveillanceVendorsOrVmsProductsAreRecognisedWithExamples() {
        VendorVocabulary vocabulary = VendorVocabulary.loadDefault();
        FingerprintRules rules = FingerprintRules.loadDefault(vocabulary);
        Set<String> recognised = new TreeSet<>();
        for (FingerprintRule rule : rules.rules()) {
            boolean surveillance = rule.deviceClass().map(c -> c.isSurveillance()).orElse(false);
            boolean examplesMatch = !rule.examples().isEmpty()
                    && rule.examples().stream().allMatch(e -> rule.match(e.value()).isPresent());
            if (surveillance && examplesMatch && rule.vendor().isPresent()) {
                assertThat(vocabulary.contains(rule.vendor().get())).as(rule.toString()).isTrue();
                recognised.add(rule.vendor().get());
            }
        }
        assertThat(recognised).as("surveillance vendors and VMS products with example-backed rules: %s", recognised)
                .hasSizeGreaterThanOrEqualTo(40);
    }
}
