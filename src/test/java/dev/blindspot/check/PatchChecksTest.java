package dev.blindspot.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.rules.FirmwareAuditOverdue;
import dev.blindspot.check.rules.FirmwareEndOfLife;
import dev.blindspot.check.rules.NdaaCoveredVendor;
import dev.blindspot.check.rules.SecurityUpdateOverdue;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.IdentityConfidence;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.OpenPort;
import dev.blindspot.patch.AuditHistory;
import dev.blindspot.patch.AuditHistory.PreviousAudit;
import dev.blindspot.patch.FirmwareReleases;
import dev.blindspot.policy.NdaaCoveredList;
import dev.blindspot.policy.Policy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The patch-hygiene and vendor-risk checks on hand-built inventories: PASS, FAIL and UNKNOWN each. */
class PatchChecksTest {

    private static final String A = "127.100.0.5";
    private static final Instant SCAN = Instant.parse("2025-09-01T10:00:00Z");
    private static final CheckOptions AT_SCAN = CheckOptions.defaults().withScanTime(SCAN);

    private static Identity camera(String vendor, String maker, String model, String firmware) {
        return new Identity(Optional.of(vendor), Optional.of(maker), Optional.ofNullable(model),
                Optional.ofNullable(firmware), Optional.of(DeviceClass.CAMERA), Optional.of(IdentityConfidence.HIGH),
                List.of(), List.of());
    }

    private static Inventory one(Identity identity) {
        return Inventory.of(List.of(new OpenPort(A, 80, "http")), Map.of(A, identity));
    }

    private static CheckResult only(Check check, Identity identity) {
        List<CheckResult> r = check.evaluate(one(identity));
        assertThat(r).hasSize(1);
        assertThat(r.getFirst().port()).isEmpty();
        return r.getFirst();
    }

    @Nested
    class SecurityUpdates {
        private final Check check = new SecurityUpdateOverdue(FirmwareReleases.bundled(), AT_SCAN);

        @Test
        void oldHikvisionFailsNamingReleaseDateAndCves() {
            CheckResult r = only(check, camera("Hikvision", "Hikvision", "DS-2CD2532F-IWS", "V5.2.0 build 140721"));
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.confidence()).isEqualTo(Confidence.CONFIRMED);
            assertThat(r.evidence()).contains("V5.4.41", "2017-03-13", "CVE-2017-7921", "V5.2.0 build 140721");
            assertThat(r.references()).anySatisfy(u -> assertThat(u).startsWith("https://www.hikvision.com/"));
        }

        @Test
        void oemBrandIsJudgedByItsMakersData() {
            CheckResult r = only(check, camera("Amcrest", "Dahua", "IPC-HDW5831R-ZE", "2.800.0000016.0.R"));
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.evidence()).contains("Amcrest (Dahua)", "2.820.0000000.18.R.210705", "CVE-2021-33044");
        }

        @Test
        void currentFirmwarePasses() {
            CheckResult r = only(check, camera("Hikvision", "Hikvision", "DS-2CD2386G2-IU", "V5.7.18 build 240826"));
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.evidence()).contains("V5.5.800 build 210628");
        }

        @Test
        void aReleaseYoungerThan30DaysPasses() {
            Check early = new SecurityUpdateOverdue(FirmwareReleases.bundled(),
                    CheckOptions.defaults().withScanTime(Instant.parse("2021-10-01T00:00:00Z")));
            CheckResult r = only(early, camera("Hikvision", "Hikvision", "DS-2CD2026G2-IU/SL", "V5.5.0 build 190101"));
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.evidence()).contains("within the 30-day window");
        }

        @Test
        void unknownFirmwareOrDateOrScanTimeIsUnknownWithTheReason() {
            assertThat(only(check, camera("Hikvision", "Hikvision", "DS-2CD2386G2-IU", null)).verdict())
                    .isEqualTo(Verdict.unknown("firmware version not read"));
            CheckResult undated = only(check, camera("Reolink", "Reolink", "RLC-410W", "v3.0.0.136_20121102"));
            assertThat(undated.verdict()).isInstanceOf(Verdict.Unknown.class);
            assertThat(undated.evidence()).contains("release date is not known", "CVE-2021-40407");
            Check noClock = new SecurityUpdateOverdue(FirmwareReleases.bundled(), CheckOptions.defaults());
            assertThat(only(noClock, camera("Hikvision", "Hikvision", "DS-2CD2532F-IWS", "V5.2.0 build 140721"))
                    .evidence()).contains("scan time unknown");
            assertThat(only(check, camera("Foscam", "Foscam", "FI8620", "V3.2.2.2.1")).evidence())
                    .contains("no release data for Foscam FI8620");
        }

        @Test
        void nonSurveillanceHostsAreNotJudged() {
            Identity printer = new Identity(Optional.of("HP"), Optional.of("LaserJet"), Optional.of("1.0"),
                    Optional.of(DeviceClass.PRINTER), List.of());
            assertThat(check.evaluate(one(printer))).isEmpty();
        }
    }

    @Nested
    class EndOfLife {
        private final Check check = new FirmwareEndOfLife(FirmwareReleases.bundled(), AT_SCAN);

        @Test
        void eolDeviceFailsWithTheVendorsStatement() {
            CheckResult r = only(check, camera("NUUO", "NUUO", "NVRmini2", "3.11.0"));
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.evidence()).contains("end of life");
            assertThat(r.references()).anySatisfy(u -> assertThat(u).startsWith("https://nuuo.com/"));
            assertThat(only(check, camera("Edimax", "Edimax", "IC-7100", null)).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void supportEndingLaterPassesAndDevicesWithoutLifecycleFactsGetNoResult() throws Exception {
            String yaml = """
                    version: 1
                    asOf: 2025-08-25
                    families:
                      - {vendor: Axis, family: "M10 series", models: "M10.*", scheme: axis,
                         endOfLife: {date: 2026-12-31, statement: "supported until 2026-12-31", source: "https://example.org/eol"},
                         examples: [{model: M1065-LW, firmware: "9.80.1", at: 2025-09-01, endOfLife: "false"}]}
                    """;
            FirmwareReleases data = FirmwareReleases.parse(new java.io.ByteArrayInputStream(yaml.getBytes()));
            CheckResult r = only(new FirmwareEndOfLife(data, AT_SCAN), camera("Axis", "Axis", "M1065-LW", "9.80.1"));
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.evidence()).contains("ends 2026-12-31");
            assertThat(new FirmwareEndOfLife(data, CheckOptions.defaults())
                    .evaluate(one(camera("Axis", "Axis", "M1065-LW", "9.80.1"))).getFirst().verdict())
                    .isInstanceOf(Verdict.Unknown.class);
            assertThat(check.evaluate(one(camera("D-Link", "D-Link", "DCS-2530L", "1.06.01")))).isEmpty();
            assertThat(check.evaluate(one(camera("Axis", "Axis", "P1448-LE", "10.12.228")))).isEmpty();
        }

        @Test
        void unknownModelIsUnknown() {
            CheckResult r = only(check, camera("GeoVision", "GeoVision", null, "1.0"));
            assertThat(r.verdict()).isInstanceOf(Verdict.Unknown.class);
            assertThat(r.evidence()).contains("model not identified");
        }
    }

    @Nested
    class AuditAge {
        private final Identity cam = camera("Axis", "Axis", "P1448-LE", "10.12.228");

        private Check with(Map<String, PreviousAudit> previous, Optional<Instant> at) {
            CheckOptions o = CheckOptions.defaults().withAuditHistory(Optional.of(new AuditHistory(previous, 1)));
            return new FirmwareAuditOverdue(at.map(o::withScanTime).orElse(o));
        }

        private PreviousAudit audit(String when, String vendor, String model) {
            return new PreviousAudit(Instant.parse(when), Optional.of(vendor), Optional.of(model), "old.json");
        }

        @Test
        void recentAuditPasses() {
            CheckResult r = only(with(Map.of(A, audit("2025-07-01T00:00:00Z", "Axis", "P1448-LE")), Optional.of(SCAN)), cam);
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.evidence()).contains("last audited 62 days ago", "old.json");
        }

        @Test
        void oldAuditFails() {
            CheckResult r = only(with(Map.of(A, audit("2025-01-01T00:00:00Z", "Axis", "P1448-LE")), Optional.of(SCAN)), cam);
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.evidence()).contains("last audited 243 days ago", "more than 90 days");
        }

        @Test
        void missingOrDifferentDeviceIsNeverAudited() {
            CheckResult missing = only(with(Map.of(), Optional.of(SCAN)), cam);
            assertThat(missing.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(missing.evidence()).startsWith("never audited");
            CheckResult other = only(with(Map.of(A, audit("2025-08-01T00:00:00Z", "Hikvision", "DS-2CD2032F-I")),
                    Optional.of(SCAN)), cam);
            assertThat(other.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(other.evidence()).contains("never audited as this device", "Hikvision DS-2CD2032F-I");
        }

        @Test
        void noScanTimeIsUnknownAndNoHistoryReportsNothing() {
            CheckResult r = only(with(Map.of(A, audit("2025-07-01T00:00:00Z", "Axis", "P1448-LE")), Optional.empty()), cam);
            assertThat(r.verdict()).isInstanceOf(Verdict.Unknown.class);
            assertThat(r.evidence()).contains("scan time unknown");
            assertThat(new FirmwareAuditOverdue(AT_SCAN).evaluate(one(cam))).isEmpty();
        }
    }

    @Nested
    class Ndaa {
        private final CheckOptions policy = AT_SCAN.withPolicies(Set.of(Policy.NDAA889));
        private final Check check = new NdaaCoveredVendor(NdaaCoveredList.bundled(), policy);

        @Test
        void coveredMakerAndItsOemBrandFail() {
            CheckResult hik = only(check, camera("Hikvision", "Hikvision", "DS-2CD2032F-I", null));
            assertThat(hik.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(hik.confidence()).isEqualTo(Confidence.CONFIRMED);
            assertThat(hik.evidence()).contains("Hangzhou Hikvision Digital Technology Company", "889(f)(3)(B)");
            CheckResult lorex = only(check, camera("Lorex", "Dahua", "LNB8005", null));
            assertThat(lorex.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(lorex.evidence()).contains("Lorex (made by Dahua)", "Dahua Technology Company");
            CheckResult ezviz = only(check, camera("EZVIZ", "Hikvision", "C6N", null));
            assertThat(ezviz.verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void brandNotInTheVocabularyIsMatchedByName() {
            CheckResult r = only(check, camera("HiLook", "HiLook", "IPC-B120", null));
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.confidence()).isEqualTo(Confidence.LIKELY);
            assertThat(r.evidence()).contains("HiLook is a Hikvision brand of Hangzhou Hikvision");
        }

        @Test
        void otherVendorPassesUnknownVendorIsUnknown() {
            assertThat(only(check, camera("Axis", "Axis", "P1448-LE", null)).verdict()).isEqualTo(Verdict.PASS);
            Identity nobody = new Identity(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
            assertThat(only(check, nobody).verdict()).isInstanceOf(Verdict.Unknown.class);
        }

        @Test
        void withoutThePolicyNothingIsReported() {
            Check off = new NdaaCoveredVendor(NdaaCoveredList.bundled(), AT_SCAN);
            assertThat(off.evaluate(one(camera("Hikvision", "Hikvision", "DS-2CD2032F-I", null)))).isEmpty();
        }

        @Test
        void theListNamesTheFiveCoveredEntities() {
            assertThat(NdaaCoveredList.bundled().covered()).extracting(NdaaCoveredList.Covered::name)
                    .containsExactlyInAnyOrder("Dahua", "Hikvision", "Huawei", "Hytera", "ZTE");
            assertThat(Policy.named("NDAA889")).isEqualTo(Policy.NDAA889);
        }
    }
}
