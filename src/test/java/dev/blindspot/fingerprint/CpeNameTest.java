package dev.blindspot.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CPE 2.3 formatted-string binding, against the examples of NISTIR 7695 section 6.2.3 (binding) and 6.2.3 unbinding. */
class CpeNameTest {

    private static CpeName name(String... values) {
        return new CpeName(java.util.Arrays.stream(values).map(v -> switch (v) {
            case "ANY" -> CpeName.ANY;
            case "NA" -> CpeName.NA;
            default -> CpeName.literal(v);
        }).toList());
    }

    @Test
    void nistirExample1() {
        // wfn:[part="a",vendor="microsoft",product="internet_explorer",version="8\.0\.6001",update="beta"]
        assertThat(name("a", "microsoft", "internet_explorer", "8.0.6001", "beta", "ANY", "ANY", "ANY", "ANY", "ANY", "ANY").format())
                .isEqualTo("cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*");
    }

    @Test
    void nistirExample3WithNotApplicable() {
        // wfn:[part="a",vendor="hp",product="insight",version="7\.4\.0\.1570",update=NA,sw_edition="online",
        //      target_sw="win2003",target_hw="x64"]
        assertThat(name("a", "hp", "insight", "7.4.0.1570", "NA", "ANY", "ANY", "online", "win2003", "x64", "ANY").format())
                .isEqualTo("cpe:2.3:a:hp:insight:7.4.0.1570:-:*:*:online:win2003:x64:*");
    }

    @Test
    void nistirExample5EscapesSpecialCharacters() {
        // wfn:[part="a",vendor="foo\\bar",product="big\$money_2010",sw_edition="special",target_sw="ipod_touch",
        //      target_hw="80gb"]
        CpeName n = name("a", "foo\\bar", "big$money_2010", "ANY", "ANY", "ANY", "ANY", "special", "ipod_touch", "80gb", "ANY");
        assertThat(n.format()).isEqualTo("cpe:2.3:a:foo\\\\bar:big\\$money_2010:*:*:*:*:special:ipod_touch:80gb:*");
        assertThat(CpeName.parse(n.format())).isEqualTo(n);
    }

    @Test
    void colonsAndSpacesAreEscapedAndRoundTrip() {
        CpeName n = CpeName.of("o", "acme", "cam:1 pro", CpeName.literal("1.0 (b)"));
        assertThat(n.format()).isEqualTo("cpe:2.3:o:acme:cam\\:1\\ pro:1.0\\ \\(b\\):*:*:*:*:*:*:*");
        assertThat(CpeName.parse(n.format())).isEqualTo(n);
        assertThat(CpeName.parse(n.format()).get("product")).isEqualTo(CpeName.literal("cam:1 pro"));
    }

    @Test
    void parsesNvdNamesFromTheSharedData() {
        CpeName n = CpeName.parse("cpe:2.3:o:dahuasecurity:dvr_firmware:2.608.0000.0:*:*:*:*:*:*:*");
        assertThat(n.get("vendor")).isEqualTo(CpeName.literal("dahuasecurity"));
        assertThat(n.get("version")).isEqualTo(CpeName.literal("2.608.0000.0"));
        assertThat(CpeName.parse("cpe:2.3:h:hikvision:ds-2cd2032-i:-:*:*:*:*:*:*:*").get("version")).isEqualTo(CpeName.NA);
        // a lone hyphen that is a value, not NA, is escaped
        assertThat(CpeName.of("a", "x", "y", CpeName.literal("-")).format()).startsWith("cpe:2.3:a:x:y:\\-:");
        assertThat(CpeName.parse("cpe:2.3:a:x:y:\\-:*:*:*:*:*:*:*").get("version")).isEqualTo(CpeName.literal("-"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpe:/a:microsoft:ie:8", "cpe:2.3:a:x:y", "cpe:2.3:a:x:y:*:*:*:*:*:*:*:*:*",
            "cpe:2.3:q:x:y:*:*:*:*:*:*:*:*", "cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:*:*:*:*:*:*",
            "cpe:2.3:a:x::*:*:*:*:*:*:*:*", "cpe:2.3:a:x:y:1\\"})
    void refusesWhatIsNotALiteralCpe23Name(String bad) {
        assertThatThrownBy(() -> CpeName.parse(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesHugeInput() {
        assertThatThrownBy(() -> CpeName.parse("cpe:2.3:a:" + "x".repeat(5000) + ":y:*:*:*:*:*:*:*:*"))
                .hasMessageContaining("longer");
    }

    @Test
    void namerFollowsNvdConventions() {
        CpeNamer namer = new CpeNamer(VendorVocabulary.loadDefault());
        assertThat(namer.names(java.util.Optional.of("Hikvision"), java.util.Optional.of("DS-2CD2032-I"),
                java.util.Optional.of("V5.4.5 build 170123")))
                .containsExactly("cpe:2.3:o:hikvision:ds-2cd2032-i_firmware:5.4.5:*:*:*:*:*:*:*",
                        "cpe:2.3:h:hikvision:ds-2cd2032-i:-:*:*:*:*:*:*:*");
        assertThat(namer.names(java.util.Optional.of("ZoneMinder"), java.util.Optional.empty(), java.util.Optional.of("1.36.33")))
                .containsExactly("cpe:2.3:a:zoneminder:zoneminder:1.36.33:*:*:*:*:*:*:*");
        assertThat(namer.names(java.util.Optional.of("Axis"), java.util.Optional.of("AXIS P1448-LE"), java.util.Optional.empty()))
                .containsExactly("cpe:2.3:o:axis:axis_p1448-le_firmware:*:*:*:*:*:*:*:*",
                        "cpe:2.3:h:axis:axis_p1448-le:-:*:*:*:*:*:*:*");
        assertThat(namer.names(java.util.Optional.of("Hikvision"), java.util.Optional.empty(), java.util.Optional.of("V5.4.5")))
                .as("a vendor alone names no NVD product").isEmpty();
        assertThat(namer.names(java.util.Optional.of("Pelco"), java.util.Optional.of("X"), java.util.Optional.empty()))
                .as("vendors without NVD naming data").isEmpty();
        assertThat(CpeNamer.version("v3.0.0.136_20121102")).contains("3.0.0.136_20121102");
        assertThat(CpeNamer.version("2.800.0000000.29.R, Build Date 2021-08-11")).contains("2.800.0000000.29.r");
        assertThat(CpeNamer.version("unknown")).isEmpty();
        for (String s : List.of("V5.4.5 build 170123", "10.12.182")) {
            assertThat(CpeName.parse(namer.names(java.util.Optional.of("Hikvision"), java.util.Optional.of("m"),
                    java.util.Optional.of(s)).get(0)).get("part")).isEqualTo(CpeName.literal("o"));
        }
    }
}
