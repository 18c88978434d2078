package dev.blindspot.vuln.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.Identity;
import dev.blindspot.vuln.VulnKnowledge;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VulnMatcherTest {

    private static VulnMatcher matcher;

    @BeforeAll
    static void load() {
        matcher = VulnKnowledge.loadDefault().matcher();
    }

    static Identity id(String vendor, String manufacturer, String model, String firmware, String... cpe) {
        return new Identity(Optional.ofNullable(vendor), Optional.ofNullable(manufacturer), Optional.ofNullable(model),
                Optional.ofNullable(firmware), Optional.empty(), Optional.empty(), List.of(cpe), List.of());
    }

    private static Optional<VulnMatch> find(Identity id, String cve) {
        return matcher.match(id).stream().filter(m -> m.cve().equals(cve)).findFirst();
    }

    @Test
    void nvdRunningOnRangeConfirmsDahuaFamily() {
        // lab Dahua camera: IPC-HDW5831R-ZE is an IPC-HX5XXX; build 2020-06-05 is before 2.800.0000000.29.r.210630's date
        VulnMatch m = find(id("Dahua", "Dahua", "IPC-HDW5831R-ZE", "2.800.0000016.0.R,build:2020-06-05"), "CVE-2021-33044").orElseThrow();
        assertThat(m.confidence()).isEqualTo(MatchConfidence.CONFIRMED);
        assertThat(m.reason()).contains("IPC-HDW5831R-ZE").contains("inside the stated range");
        assertThat(m.fixed()).isPresent();
        assertThat(m.vulnerability().kev()).isPresent();
        // the same model on a 2022 build is outside
        assertThat(find(id("Dahua", "Dahua", "IPC-HDW5831R-ZE", "2.800.0000016.0.R,build:2022-03-01"), "CVE-2021-33044")).isEmpty();
        // without its build date the version cannot be compared with a dated bound: likely, not confirmed
        assertThat(find(id("Dahua", "Dahua", "IPC-HDW5831R-ZE", "2.800.0000016.0.R"), "CVE-2021-33044")).get()
                .extracting(VulnMatch::confidence).isEqualTo(MatchConfidence.LIKELY);
    }

    @Test
    void oemBrandMatchesThroughItsManufacturer() {
        assertThat(find(id("Lorex", "Dahua", "IPC-HDW5831R-ZE", "2.800.0000016.0.R,build:2020-06-05"), "CVE-2021-33044"))
                .get().extracting(VulnMatch::confidence).isEqualTo(MatchConfidence.CONFIRMED);
    }

    @Test
    void curatedRangeConfirmsHikvision() {
        Identity lab = id("Hikvision", "Hikvision", "DS-2CD2532F-IWS", "V5.2.0 build 140721");
        assertThat(find(lab, "CVE-2017-7921")).get().satisfies(m -> {
            assertThat(m.confidence()).isEqualTo(MatchConfidence.CONFIRMED);
            assertThat(m.source()).startsWith("curated overlay curated.yaml");
        });
        Identity current = id("Hikvision", "Hikvision", "DS-2CD2386G2-IU", "V5.7.18 build 240826");
        assertThat(find(current, "CVE-2017-7921")).isEmpty();
    }

    @Test
    void exactVersionsReolink() {
        assertThat(find(id("Reolink", null, "RLC-410W", "v3.0.0.136_20121102"), "CVE-2021-40404")).get()
                .extracting(VulnMatch::confidence).isEqualTo(MatchConfidence.CONFIRMED);
        assertThat(find(id("Reolink", null, "RLC-410W", "v3.0.0.3425_2201171912"), "CVE-2021-40404")).isEmpty();
    }

    @Test
    void applicationsNeedTheirProduct() {
        Identity zm = id("ZoneMinder", null, null, "1.36.12", "cpe:2.3:a:zoneminder:zoneminder:1.36.12:*:*:*:*:*:*:*");
        assertThat(find(zm, "CVE-2022-29806")).get().extracting(VulnMatch::confidence).isEqualTo(MatchConfidence.CONFIRMED);
        assertThat(find(id("ZoneMinder", null, null, "1.36.33", "cpe:2.3:a:zoneminder:zoneminder:1.36.33:*:*:*:*:*:*:*"),
                "CVE-2022-29806")).isEmpty();
        // a Hikvision camera is not the Hikvision intercom broadcasting application
        assertThat(find(id("Hikvision", null, "DS-2CD2532F-IWS", "3.1.0"), "CVE-2023-6895")).isEmpty();
    }

    @Test
    void unknownModelIsVendorOnlyAndSaysSo() {
        List<VulnMatch> ms = matcher.match(id("Hikvision", null, null, null));
        assertThat(ms).isNotEmpty().allSatisfy(m -> {
            assertThat(m.confidence()).isEqualTo(MatchConfidence.POSSIBLE);
            assertThat(m.reason()).startsWith("vendor only: Hikvision");
        });
    }

    @Test
    void unparseableFirmwareIsNeverASilentConfirmation() {
        Identity weird = id("Hikvision", null, "DS-2CD2532F-IWS", "V5.5.0\u001b]0;pwned\u0007\r\n&amp;<b>build</b>");
        assertThat(find(weird, "CVE-2017-7921")).get().satisfies(m -> {
            assertThat(m.confidence()).isEqualTo(MatchConfidence.LIKELY);
            assertThat(m.reason()).contains("is not a hikvision version");
        });
    }

    @Test
    void familyPatternsReadVendorWildcards() {
        assertThat(ModelScope.familyPattern("ipc-hx5xxx_firmware")).get()
                .satisfies(p -> {
                    assertThat(p.matcher(ModelScope.normalise("IPC-HDW5831R-ZE")).matches()).isTrue();
                    assertThat(p.matcher(ModelScope.normalise("IPC-HDW2531R-ZE")).matches()).isFalse();
                });
        assertThat(ModelScope.familyPattern("dh-ipc-hdbw23a0rn-zs")).get()
                .satisfies(p -> assertThat(p.matcher(ModelScope.normalise("IPC-HDBW23A0RN-ZS")).matches()).isTrue());
        assertThat(ModelScope.familyPattern("IPC")).isEmpty();
        assertThat(ModelScope.familyPattern("xmeye_p2p_cloud_server")).get()
                .satisfies(p -> assertThat(p.pattern()).isEqualTo("xmeyep2pcloudserver.*"));
    }
}
