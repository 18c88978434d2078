package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.fingerprint.VendorVocabulary;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Secret;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rebuilt credential data: normalised vendors, a source for every entry, no duplicates, vendor-first order. */
class DefaultsDataTest {

    private final DefaultCredentials bundled = DefaultCredentials.bundled();
    private final VendorVocabulary vocabulary = VendorVocabulary.loadDefault();

    private static List<String> pairs(List<DefaultCredential> creds) {
        return creds.stream().map(c -> c.vendor() + ":" + c.username() + "/" + c.password().reveal()).toList();
    }

    private static Identity identity(String vendor, String manufacturer, String model) {
        return new Identity(Optional.of(vendor), Optional.ofNullable(manufacturer), Optional.ofNullable(model),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    @Test
    void everyVendorOfTheDataIsACanonicalNameOfTheVocabulary() {
        for (VendorProfile v : bundled.vendors()) {
            assertThat(vocabulary.contains(v.name())).as(v.name()).isTrue();
            assertThat(vocabulary.canonical(v.name())).as(v.name()).contains(v.name());
        }
        assertThat(bundled.all()).allSatisfy(c -> assertThat(vocabulary.contains(c.vendor())).as(c.vendor()).isTrue());
    }

    @Test
    void coversMoreSurveillanceVendorsThanTheFirstCut() {
        Set<String> withEntries = new HashSet<>();
        bundled.all().forEach(c -> withEntries.add(c.vendor()));
        assertThat(withEntries).contains("Bosch", "Pelco", "Vivotek", "MOBOTIX", "Sony", "Panasonic", "GeoVision",
                "LTS", "Ubiquiti", "D-Link").hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void everyEntryHasADeclaredSourceAndNoEntryIsThereTwice() {
        Set<String> ids = new HashSet<>();
        bundled.sources().forEach(s -> ids.add(s.id()));
        Set<String> seen = new HashSet<>();
        for (DefaultCredential c : bundled.all()) {
            assertThat(ids).as(c.masked()).contains(c.source());
            String key = c.vendor() + "|" + c.product().map(p -> p.pattern()).orElse("") + "|" + c.username() + "|"
                    + c.password().reveal();
            assertThat(seen.add(key)).as("duplicate " + c.vendor() + " " + c.masked()).isTrue();
        }
        bundled.vendors().stream().flatMap(v -> v.lockout().stream())
                .forEach(l -> assertThat(ids).contains(l.source()));
    }

    @Test
    void vendorOwnDefaultsFirstThenAFewGenericNeverTheCrossProduct() {
        assertThat(pairs(bundled.candidatesFor(identity("Hikvision", "Hikvision", "DS-2CD2032-I"), "http")))
                .containsExactly("Hikvision:admin/12345", "Generic:admin/admin", "Generic:admin/", "Generic:root/root");
        assertThat(pairs(bundled.candidatesFor(identity("Bosch", null, "NBN-498"), "http")))
                .startsWith("Bosch:service/service", "Bosch:live/live", "Bosch:user/user");
        int usernames = (int) bundled.all().stream().map(DefaultCredential::username).distinct().count();
        int passwords = (int) bundled.all().stream().map(c -> c.password().reveal()).distinct().count();
        for (VendorProfile v : bundled.vendors()) {
            List<DefaultCredential> c = bundled.candidatesFor(identity(v.name(), null, null), "http");
            assertThat(c.size()).as(v.name()).isLessThan(usernames * passwords / 4)
                    .isLessThanOrEqualTo(8);
        }
    }

    @Test
    void anOemBrandGetsItsOwnThenItsManufacturersDefaults() {
        assertThat(pairs(bundled.candidatesFor(identity("Annke", "Hikvision", null), "http")))
                .first().isEqualTo("Hikvision:admin/12345");
        assertThat(pairs(bundled.candidatesFor(identity("Lorex", "Dahua", null), "http")))
                .startsWith("Lorex:admin/admin", "Dahua:888888/888888", "Dahua:666666/666666");
    }

    @Test
    void aProductLinePairIsTriedOnlyWhenTheModelMatches() {
        assertThat(pairs(bundled.candidatesFor(identity("Pelco", null, "IME322-1ES"), "ssh")))
                .contains("Pelco:root/pel2899100");
        assertThat(pairs(bundled.candidatesFor(identity("Pelco", null, "Spectra Enhanced"), "ssh")))
                .doesNotContain("Pelco:root/pel2899100");
        assertThat(pairs(bundled.candidatesFor(identity("Pelco", null, null), "ssh")))
                .as("model unknown: not tried").doesNotContain("Pelco:root/pel2899100");
    }

    @Test
    void theWeakListIsSmallSourcedAndComesAfterTheDefaultsWithTheVendorsUsernames() {
        assertThat(bundled.weakPasswords()).hasSizeBetween(1, 10).doesNotContain(new Secret(""));
        List<DefaultCredential> weak = bundled.weakCandidatesFor(identity("Axis", null, null), "http");
        assertThat(weak).isNotEmpty().allSatisfy(c -> {
            assertThat(c.origin()).isEqualTo(DefaultCredential.Origin.WEAK);
            assertThat(c.username()).isEqualTo("root");
            assertThat(c.observationSource()).isEqualTo("weak:Axis");
            assertThat(bundled.sources()).extracting(CredentialSource::id).contains(c.source());
        });
        CandidatePlan plan = new CandidatePlan(Optional.empty(), bundled, true);
        List<DefaultCredential> all = plan.candidates("192.0.2.1", identity("Uniview", null, null), "http");
        assertThat(all.getFirst().origin()).isEqualTo(DefaultCredential.Origin.DEFAULT);
        assertThat(pairs(all)).as("the weak 123456 is Uniview's default already: once")
                .filteredOn(p -> p.endsWith("admin/123456")).hasSize(1);
        assertThat(new CandidatePlan(Optional.empty(), bundled, false).candidates("192.0.2.1",
                identity("Uniview", null, null), "http")).noneMatch(c -> c.origin() == DefaultCredential.Origin.WEAK);
    }
}
