package dev.blindspot.vuln.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blindspot.vuln.kb.KbFile;
import dev.blindspot.vuln.kb.KnowledgeBase;
import dev.blindspot.vuln.match.VendorNames;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlayTest {

    private static List<OverlayEntry> parse(String yaml) {
        return OverlayFiles.parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Every example of every bundled overlay file (curated.yaml, kev-cameras.yaml...) holds with the real matcher. */
    @Test
    void everyBundledExampleHoldsThroughTheMatcher() {
        KnowledgeBase kb = KbFile.bundled();
        List<OverlayEntry> entries = OverlayFiles.bundled();
        assertThat(entries).extracting(OverlayEntry::file).contains("curated.yaml");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.source()).isNotBlank();
            assertThat(e.examples()).anyMatch(OverlayEntry.Example::match).anyMatch(x -> !x.match());
        });
        assertThat(OverlayValidator.validate(kb, entries, VendorNames.loadDefault())).isEmpty();
    }

    @Test
    void curatedCoversTheRangesNvdLacks() {
        assertThat(OverlayFiles.bundled()).extracting(OverlayEntry::cve)
                .contains("CVE-2017-7921", "CVE-2017-7923", "CVE-2017-7925", "CVE-2021-45039", "CVE-2024-29949");
    }

    @Test
    void validatorCatchesAWrongExample() {
        List<OverlayEntry> e = parse("""
                - cve: CVE-2017-7921
                  vendor: Hikvision
                  models: "DS-2CD2[0-9]{2}2F-I.*"
                  scheme: hikvision
                  through: "V5.4.0 build 160530"
                  source: test
                  examples:
                    - {model: "DS-2CD2032F-I", firmware: "V5.4.5 build 170123", match: true}
                    - {model: "DS-2CD2032F-I", firmware: "V5.3.0 build 150101", match: false}
                """);
        assertThat(OverlayValidator.validate(KbFile.bundled(), e, VendorNames.loadDefault())).hasSize(2)
                .allSatisfy(p -> assertThat(p).startsWith("t.yaml: CVE-2017-7921"));
    }

    @Test
    void malformedEntriesNameFileAndEntry() {
        assertThatThrownBy(() -> parse("- {cve: CVE-2017-7921, vendor: Hikvision, scheme: hikvision, source: s, "
                + "examples: [{model: a, firmware: V5.2.0, match: true}]}"))
                .isInstanceOf(OverlayException.class).hasMessageContaining("t.yaml: CVE-2017-7921")
                .hasMessageContaining("match: true and one with match: false");
        assertThatThrownBy(() -> parse("- {cve: CVE-1, vendor: X}")).hasMessageContaining("is not a CVE id");
        assertThatThrownBy(() -> parse("- {cve: CVE-2017-7921, vendor: Hikvision, scheme: hikvision, before: nope, source: s}"))
                .hasMessageContaining("before 'nope' is not a hikvision version");
        assertThatThrownBy(() -> parse("- {cve: CVE-2017-7921, vendor: Hikvision, models: '(', scheme: hikvision, source: s}"))
                .hasMessageContaining("not a valid regex");
        assertThatThrownBy(() -> parse("- {cve: CVE-2017-7921, vendor: H, scheme: dotted, source: s, colour: red}"))
                .hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> parse("a: b")).hasMessageContaining("expected a YAML list");
        assertThatThrownBy(() -> parse("- [")).hasMessageContaining("not valid YAML");
        assertThat(parse("")).isEmpty();
    }

    @Test
    void indexListsFileNamesOnly() {
        assertThat(OverlayFiles.index("# c\ncurated.yaml\n\nkev-cameras.yaml\ncurated.yaml\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("curated.yaml", "kev-cameras.yaml");
        assertThatThrownBy(() -> OverlayFiles.index("../etc/passwd\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("bad file name");
    }
}
