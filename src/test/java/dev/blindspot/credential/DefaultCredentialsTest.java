package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaultCredentialsTest {

    private static final List<String> CANONICAL = List.of("Hikvision", "Dahua", "Axis", "Uniview", "Reolink",
            "Hanwha", "Xiongmai", "Foscam", "Amcrest", "Generic");

    private final DefaultCredentials bundled = DefaultCredentials.bundled();

    static DefaultCredentials fixture(String name) throws IOException {
        try (InputStream in = DefaultCredentialsTest.class.getResourceAsStream("/credentials/" + name)) {
            return DefaultCredentials.load(in, name);
        }
    }

    private static List<String> pairs(List<DefaultCredential> creds) {
        return creds.stream().map(c -> c.vendor() + ":" + c.username() + "/" + c.password().reveal()).toList();
    }

    @Test
    void bundledDataIsVersionedSourcedAndCoversTheCanonicalVendors() {
        assertThat(bundled.version()).isPositive();
        assertThat(bundled.sources()).isNotEmpty();
        assertThat(bundled.vendors()).extracting(VendorProfile::name).containsAll(CANONICAL);
        List<String> ids = bundled.sources().stream().map(CredentialSource::id).toList();
        assertThat(bundled.all()).allSatisfy(c -> assertThat(ids).contains(c.source()));
        for (String vendor : CANONICAL) {
            long own = bundled.all().stream().filter(c -> c.vendor().equals(vendor)).count();
            assertThat(own).as(vendor).isBetween(1L, 4L);
        }
    }

    @Test
    void knownFactsAreThere() {
        assertThat(pairs(bundled.all())).contains("Hikvision:admin/12345", "Dahua:admin/admin",
                "Dahua:888888/888888", "Axis:root/pass", "Xiongmai:admin/", "Reolink:admin/",
                "Uniview:admin/123456", "Hanwha:admin/4321", "Foscam:admin/");
        assertThat(bundled.vendor("Hikvision").orElseThrow().lockout()).hasValueSatisfying(l -> {
            assertThat(l.attempts()).isEqualTo(5);
            assertThat(l.source()).isEqualTo("hikvision-manual");
        });
        assertThat(bundled.vendor("Axis").orElseThrow().lockout()).as("not documented: unknown").isEmpty();
        assertThat(bundled.vendor("Hikvision").orElseThrow().isLoginPath("/ISAPI/Security/userCheck")).isTrue();
    }

    @Test
    void vendorFirstThenAFewGenericPairs() {
        List<DefaultCredential> dahua = bundled.candidatesFor(Optional.of("Dahua"), "http");

        assertThat(pairs(dahua)).startsWith("Dahua:admin/admin", "Dahua:888888/888888", "Dahua:666666/666666");
        List<DefaultCredential> generic = dahua.stream().filter(c -> c.vendor().equals("Generic")).toList();
        assertThat(generic).hasSizeLessThanOrEqualTo(DefaultCredentials.GENERIC_LIMIT);
        assertThat(pairs(generic)).as("no pair twice").doesNotContain("Generic:admin/admin");
        assertThat(dahua.stream().map(c -> c.username() + "/" + c.password().reveal()).distinct().count())
                .isEqualTo(dahua.size());
    }

    @Test
    void candidatesAreOnlyPairsWrittenInTheDataNeverACrossProduct() {
        for (String vendor : CANONICAL) {
            for (String protocol : List.of("http", "rtsp", "onvif")) {
                List<DefaultCredential> c = bundled.candidatesFor(Optional.of(vendor), protocol);
                assertThat(bundled.all()).containsAll(c);
                long own = bundled.all().stream()
                        .filter(e -> e.vendor().equals(vendor) && e.appliesTo(protocol)).count();
                assertThat(c.size()).isLessThanOrEqualTo((int) own + DefaultCredentials.GENERIC_LIMIT);
            }
        }
    }

    @Test
    void aliasesAndCaseResolveAndUnknownVendorsGetGenericOnly() {
        assertThat(bundled.candidatesFor(Optional.of("HIKVISION"), "http"))
                .isEqualTo(bundled.candidatesFor(Optional.of("Hikvision"), "http"));
        assertThat(bundled.candidatesFor(Optional.of("Samsung Techwin"), "http").getFirst().vendor()).isEqualTo("Hanwha");
        assertThat(bundled.candidatesFor(Optional.empty(), "http"))
                .hasSize(DefaultCredentials.GENERIC_LIMIT)
                .allSatisfy(c -> assertThat(c.vendor()).isEqualTo("Generic"));
        assertThat(bundled.candidatesFor(Optional.of("Acme Cameras"), "http"))
                .isEqualTo(bundled.candidatesFor(Optional.empty(), "http"));
    }

    @Test
    void protocolsFilterEntries() {
        assertThat(pairs(bundled.candidatesFor(Optional.of("Hikvision"), "onvif")))
                .doesNotContain("Hikvision:admin/12345");
        assertThat(pairs(bundled.candidatesFor(Optional.of("Hikvision"), "rtsp"))).first()
                .isEqualTo("Hikvision:admin/12345");
        assertThatThrownBy(() -> bundled.candidatesFor(Optional.empty(), "smb"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(pairs(bundled.candidatesFor(Optional.of("Xiongmai"), "telnet"))).first()
                .isEqualTo("Xiongmai:root/xc3511");
    }

    @Test
    void unknownVendorIsNamedWithTheEntry() {
        assertThatThrownBy(() -> fixture("invalid-unknown-vendor.yaml"))
                .isInstanceOf(CredentialDataException.class)
                .hasMessageContaining("invalid-unknown-vendor.yaml")
                .hasMessageContaining("credentials[1] (vendor Hikvison, user admin): unknown vendor 'Hikvison'")
                .hasMessageContaining("declared: Hikvision, Generic");
    }

    @Test
    void missingFieldsAndUndeclaredSourcesAreAllReported() {
        assertThatThrownBy(() -> fixture("invalid-missing-fields.yaml"))
                .isInstanceOf(CredentialDataException.class)
                .hasMessageContaining("5 problem(s)")
                .hasMessageContaining("vendors[0] (Dahua).loginPaths[0]: source 'nowhere' is not declared")
                .hasMessageContaining("credentials[0] (vendor Dahua, user admin): missing field 'password'")
                .hasMessageContaining("credentials[1] (vendor Dahua, user 888888): missing field 'protocols'")
                .hasMessageContaining("credentials[2] (vendor Dahua, user 666666): source 'forum' is not declared")
                .hasMessageContaining("credentials[3] (vendor Dahua, user root): unknown protocol 'smb'");
    }

    @Test
    void unquotedNumericPasswordIsRefused() {
        assertThatThrownBy(() -> fixture("invalid-unquoted-password.yaml"))
                .isInstanceOf(CredentialDataException.class)
                .hasMessageContaining("credentials[0].password: must be a quoted string");
    }

    @Test
    void unknownFieldIsNamed() {
        assertThatThrownBy(() -> fixture("invalid-unknown-field.yaml"))
                .isInstanceOf(CredentialDataException.class)
                .hasMessageContaining("credentials[0]: unknown field 'pasword'");
    }

    @Test
    void versionAndSourcesHeaderIsRequired() {
        assertThatThrownBy(() -> fixture("invalid-no-header.yaml"))
                .isInstanceOf(CredentialDataException.class)
                .hasMessageContaining("'version'")
                .hasMessageContaining("'sources'");
    }
}
