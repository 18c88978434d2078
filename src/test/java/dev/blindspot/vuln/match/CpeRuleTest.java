package dev.blindspot.vuln.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.Identity;
import dev.blindspot.vuln.kb.KbSources;
import dev.blindspot.vuln.kb.KnowledgeBase;
import dev.blindspot.vuln.kb.Vulnerability;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** NVD match criteria on a hand-made knowledge base: escapes, range ends, exact, "-", "*", running-on families. */
class CpeRuleTest {

    private static final VendorNames NAMES = VendorNames.loadDefault();

    private static Vulnerability.CpeTarget target(String criteria, String si, String se, String ei, String ee, String... on) {
        return new Vulnerability.CpeTarget(criteria, Optional.ofNullable(si), Optional.ofNullable(se), Optional.ofNullable(ei),
                Optional.ofNullable(ee), List.of(on));
    }

    private static VulnMatcher matcher(Vulnerability.CpeTarget... targets) {
        Vulnerability v = new Vulnerability("CVE-2099-0001", Optional.empty(), Optional.empty(), Optional.empty(), "test",
                Optional.empty(), Optional.empty(), List.of(targets), List.of(), List.of(), List.of("t.json"));
        KbSources s = new KbSources(List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of());
        return VulnMatcher.of(new KnowledgeBase(1, "2099-01-01", s, List.of(v)), List.of(), NAMES);
    }

    private static Optional<MatchConfidence> match(VulnMatcher m, String vendor, String model, String firmware) {
        Identity id = new Identity(Optional.of(vendor), Optional.of(vendor), Optional.ofNullable(model),
                Optional.ofNullable(firmware), Optional.empty(), Optional.empty(), List.of(), List.of());
        return m.match(id).stream().findFirst().map(VulnMatch::confidence);
    }

    @Test
    void escapedHardwareNameIsTheModelFamily() {
        VulnMatcher m = matcher(target("cpe:2.3:o:hikvision:ds-7604ni-k1_firmware:*:*:*:*:*:*:*:*", null, null,
                "4.30.096", null, "cpe:2.3:h:hikvision:ds-7604ni-k1\\/4p\\(b\\):-:*:*:*:*:*:*:*"));
        assertThat(match(m, "Hikvision", "DS-7604NI-K1/4P(B)", "V4.30.096 build 221220")).contains(MatchConfidence.CONFIRMED);
        assertThat(match(m, "Hikvision", "DS-7604NI-K1/4P(B)", "V4.30.100 build 230101")).isEmpty();
        assertThat(match(m, "Hikvision", "DS-2CD2032-I", "V4.30.096 build 221220")).isEmpty();
    }

    @Test
    void startExcludingAndEndIncluding() {
        VulnMatcher m = matcher(target("cpe:2.3:o:axis:m1065-lw_firmware:*:*:*:*:*:*:*:*", null, "9.80.1", "10.12.182", null));
        assertThat(match(m, "Axis", "M1065-LW", "9.80.1")).isEmpty();
        assertThat(match(m, "Axis", "M1065-LW", "9.80.3.8")).contains(MatchConfidence.CONFIRMED);
        assertThat(match(m, "Axis", "M1065-LW", "10.12.182")).contains(MatchConfidence.CONFIRMED);
        assertThat(match(m, "Axis", "M1065-LW", "10.12.183")).isEmpty();
    }

    @Test
    void exactNotApplicableAndAnyVersions() {
        VulnMatcher exact = matcher(target("cpe:2.3:o:reolink:rlc-410w_firmware:3.0.0.136_20121102:*:*:*:*:*:*:*", null, null, null, null));
        assertThat(match(exact, "Reolink", "RLC-410W", "v3.0.0.136_20121102")).contains(MatchConfidence.CONFIRMED);
        assertThat(match(exact, "Reolink", "RLC-410W", "v3.0.0.137_20121102")).isEmpty();
        VulnMatcher dash = matcher(target("cpe:2.3:h:hikvision:ds-2cd7153-e:-:*:*:*:*:*:*:*", null, null, null, null));
        assertThat(m(dash, "DS-2CD7153-E", "V4.0.1 build 200713")).satisfies(v -> {
            assertThat(v.confidence()).isEqualTo(MatchConfidence.LIKELY);
            assertThat(v.firmwareUndecided()).isFalse();
            assertThat(v.reason()).contains("without any version range");
        });
        VulnMatcher any = matcher(target("cpe:2.3:o:hikvision:ds-2cd7153-e_firmware:*:*:*:*:*:*:*:*", null, null, null, null));
        assertThat(match(any, "Hikvision", "DS-2CD7153-E", "V4.0.1 build 200713")).contains(MatchConfidence.CONFIRMED);
        assertThat(match(any, "Hikvision", null, "V4.0.1 build 200713")).contains(MatchConfidence.POSSIBLE);
    }

    private static VulnMatch m(VulnMatcher matcher, String model, String firmware) {
        return matcher.match(new Identity(Optional.of("Hikvision"), Optional.empty(), Optional.of(model), Optional.of(firmware),
                Optional.empty(), Optional.empty(), List.of(), List.of())).getFirst();
    }
}
