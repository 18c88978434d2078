package dev.blindspot.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blindspot.fingerprint.VendorVocabulary;
import dev.blindspot.patch.FirmwareReleases.Example;
import dev.blindspot.patch.FirmwareReleases.Expectation;
import dev.blindspot.patch.FirmwareReleases.Family;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled release data: every entry's examples hold, sources are given, dates leave the lab key stable. */
class PatchDataTest {

    private final FirmwareReleases data = FirmwareReleases.bundled();
    private final PatchAssessor assessor = new PatchAssessor(data);

    @Test
    void everyExampleHolds() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Family f : data.families()) {
            for (Example e : f.examples()) {
                Device d = new Device(Optional.of(f.vendor()), Optional.of(f.vendor()), Optional.of(e.model()),
                        Optional.of(e.firmware()));
                var at = Optional.of(e.at().atStartOfDay().toInstant(ZoneOffset.UTC));
                if (e.overdue().isPresent()) {
                    checked++;
                    Expectation got = expectation(assessor.securityUpdates(d, at));
                    if (got != e.overdue().get()) {
                        wrong.add(f.family() + " " + e + ": overdue " + got + " " + assessor.securityUpdates(d, at));
                    }
                }
                if (e.endOfLife().isPresent()) {
                    checked++;
                    Expectation got = assessor.endOfLife(d, at).map(PatchDataTest::expectation).orElse(Expectation.FALSE);
                    if (got != e.endOfLife().get()) {
                        wrong.add(f.family() + " " + e + ": endOfLife " + got + " " + assessor.endOfLife(d, at));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void everyFamilyHasAPositiveExampleAndEverySecurityReleaseASource() {
        for (Family f : data.families()) {
            assertThat(f.examples()).as(f.family()).anyMatch(e -> e.overdue().equals(Optional.of(Expectation.TRUE))
                    || e.endOfLife().equals(Optional.of(Expectation.TRUE)) || e.overdue().equals(Optional.of(Expectation.UNKNOWN)));
            f.releases().forEach(r -> assertThat(PatchAssessor.firstUrl(r.source()).startsWith("https://")
                    || r.source().startsWith("NVD CVE-")).as(f.family() + ": " + r.source()).isTrue());
            f.endOfLife().ifPresent(eol -> assertThat(PatchAssessor.firstUrl(eol.source())).as(f.family()).startsWith("http"));
        }
    }

    @Test
    void coversTheVendorsTheIssueNames() {
        Set<String> vendors = new java.util.TreeSet<>();
        data.families().forEach(f -> vendors.add(f.vendor()));
        assertThat(vendors).contains("Hikvision", "Dahua", "Axis", "Reolink", "Uniview", "Hanwha", "GeoVision", "Edimax",
                "D-Link", "NUUO");
    }

    @Test
    void vendorNamesAreTheVocabularys() {
        VendorVocabulary vocabulary = VendorVocabulary.loadDefault();
        // Edimax joins vendors.yaml with the KEV lab work (kevlab branch); until then it is the one name allowed outside
        Set<String> pending = Set.of("Edimax");
        data.families().stream().map(Family::vendor).filter(v -> !pending.contains(v))
                .forEach(v -> assertThat(vocabulary.contains(v)).as(v).isTrue());
    }

    /** Release dates are over 30 days before asOf, so a later scan judges them as the lab key (made at asOf) does. */
    @Test
    void everyReleaseIsOlderThanTheGraceWindowAtAsOf() {
        data.families().forEach(f -> f.releases().forEach(r -> r.date().ifPresent(d ->
                assertThat(ChronoUnit.DAYS.between(d, data.asOf())).as(f.family() + " " + r.label())
                        .isGreaterThan(PatchAssessor.GRACE_DAYS))));
    }

    @Test
    void refusesEntriesWithoutSourcesOrExamples() {
        String noSource = """
                version: 1
                asOf: 2025-01-01
                families:
                  - {vendor: Axis, family: x, models: ".*", scheme: axis,
                     releases: [{version: "1.0", date: 2024-01-01, security: true, fixes: [CVE-2024-0001]}],
                     examples: [{model: m, firmware: "0.9", at: 2024-06-01, overdue: "true"}]}
                """;
        assertThatThrownBy(() -> parse(noSource)).hasMessageContaining("without source");
        String noExample = """
                version: 1
                asOf: 2025-01-01
                families:
                  - {vendor: Axis, family: x, models: ".*", scheme: axis,
                     releases: [{version: "1.0", date: 2024-01-01, security: true, fixes: [CVE-2024-0001], source: s}]}
                """;
        assertThatThrownBy(() -> parse(noExample)).hasMessageContaining("no examples");
        String badScheme = noExample.replace("scheme: axis", "scheme: bogus");
        assertThatThrownBy(() -> parse(badScheme)).hasMessageContaining("unknown version scheme");
    }

    private static FirmwareReleases parse(String yaml) throws java.io.IOException {
        return FirmwareReleases.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Expectation expectation(PatchStatus s) {
        return switch (s) {
            case PatchStatus.Behind b -> Expectation.TRUE;
            case PatchStatus.Current c -> Expectation.FALSE;
            case PatchStatus.Unknown u -> Expectation.UNKNOWN;
        };
    }
}
