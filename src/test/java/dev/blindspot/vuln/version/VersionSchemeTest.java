package dev.blindspot.vuln.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VersionSchemeTest {

    private static Version v(VersionScheme s, String text) {
        return s.parse(text).orElseThrow(() -> new AssertionError(s + " cannot parse " + text));
    }

    private static int sign(VersionScheme s, String a, String b) {
        return Integer.signum(v(s, a).compareTo(v(s, b)));
    }

    @Test
    void hikvisionFormats() {
        VersionScheme h = VersionScheme.HIKVISION;
        assertThat(sign(h, "V5.4.0 build 160530", "V5.4.0 build 160401")).isPositive();
        assertThat(sign(h, "V5.5.800build 210628", "V5.5.800 build 210628")).isZero();
        assertThat(v(h, "V5.5.800build 210628")).isEqualTo(v(h, "V5.5.800 build 210628"));
        assertThat(sign(h, "V4.0.1 build 200713", "V5.2.0 build 140721")).isNegative();
        assertThat(sign(h, "V4.30.096build221220", "V4.30.200 build 230811")).isNegative();
        assertThat(sign(h, "V5.4.5 Build 160928", "V5.4.0 build 170101")).isPositive();
        assertThat(v(h, "V5.4.0").decide(v(h, "V5.4.0 build 160530"))).isEmpty();
        assertThat(v(h, "V5.3.0").decide(v(h, "V5.4.0 build 160530"))).contains(-1);
        // a bound without a build covers every build of its version; a firmware without one stays undecided
        assertThat(v(h, "V5.4.0 build 160530").decideAgainst(v(h, "V5.4.0"))).contains(0);
        assertThat(v(h, "V5.4.0").decideAgainst(v(h, "V5.4.0 build 160530"))).isEmpty();
        assertThat(h.parse("V5.5.0\u001b]0;pwned")).isEmpty();
        assertThat(h.parse("firmware")).isEmpty();
    }

    @Test
    void dahuaFormatsWithBuildDate() {
        VersionScheme d = VersionScheme.DAHUA;
        assertThat(v(d, "2.800.0000000.29.R, Build Date: 2021-06-16")).isEqualTo(v(d, "V2.800.0000000.29.R,build:2021-06-16"));
        assertThat(sign(d, "2.800.0000000.29.R, Build Date: 2021-06-16", "2.800.0000000.29.r.210630")).isNegative();
        assertThat(sign(d, "2.800.0000016.0.R,build:2020-06-05", "2.800.0000000.29.r.210630")).isNegative();
        assertThat(sign(d, "2.420.AC00.16.R.20160909", "2.420.ac00.16.r.20160909")).isZero();
        assertThat(v(d, "2.800.0000000.29.R").decide(v(d, "2.800.0000000.29.r.210630"))).isEmpty();
        assertThat(v(d, "2.608.0000.0").decide(v(d, "2.608.GV00.0"))).isPresent();
        assertThat(d.parse("2018-05-18")).isEmpty();
    }

    @Test
    void axisReolinkUniviewHanwhaDotted() {
        assertThat(sign(VersionScheme.AXIS, "10.12.182", "9.80.3.8")).isPositive();
        assertThat(sign(VersionScheme.AXIS, "9.80.3.8", "9.80.3")).isPositive();
        assertThat(v(VersionScheme.AXIS, "9.80.3.0")).isEqualTo(v(VersionScheme.AXIS, "9.80.3"));
        assertThat(sign(VersionScheme.REOLINK, "v3.0.0.136_20121102", "v3.0.0.716")).isNegative();
        assertThat(v(VersionScheme.REOLINK, "v3.0.0.136_20121102").decide(v(VersionScheme.REOLINK, "3.0.0.136"))).isEmpty();
        assertThat(sign(VersionScheme.REOLINK, "v2.0.0.1389_18081408", "1.0.227")).isPositive();
        VersionScheme u = VersionScheme.UNIVIEW;
        assertThat(v(u, "IPC_G6103-B6103.16.10.B25.201218")).isEqualTo(v(u, "B6103.16.10.B25.201218"));
        assertThat(sign(u, "B6103.16.10.B25.201218", "B6103.16.10.B30.220315")).isNegative();
        assertThat(v(u, "IPC_G6103-B0006P01D1805").decide(v(u, "B6103.16.10.B25.201218"))).isEmpty();
        assertThat(v(u, "cipc-b2303.2.8.230105").form()).isEqualTo("dots");
        VersionScheme hw = VersionScheme.HANWHA;
        assertThat(sign(hw, "2.21.02_20231023", "2.21.01_20231201")).isPositive();
        assertThat(v(hw, "2.21.02_20231023").decide(v(hw, "2.21.02"))).isEmpty();
        assertThat(sign(hw, "1.40_161209", "2.21.02")).isNegative();
        assertThat(sign(VersionScheme.DOTTED, "9.2.0-9289", "9.2.0-11289")).isNegative();
        assertThat(VersionScheme.DOTTED.parse("13.5a")).isEmpty();
        // D-Link's build suffix (DNR-322L "2.60B15", NVD "2.60b15"): build 15 of 2.60
        assertThat(sign(VersionScheme.DOTTED, "2.60B15", "2.60b15")).isZero();
        assertThat(sign(VersionScheme.DOTTED, "2.60B14", "2.60B15")).isNegative();
        assertThat(sign(VersionScheme.DOTTED, "2.60B15", "2.61")).isNegative();
        assertThat(VersionScheme.DOTTED.parse("1".repeat(300))).isEmpty();
    }

    // --- properties on generated versions (seeded: reproducible) ---

    private static final Random RND = new Random(20261122);

    private static int n(int bound) {
        return RND.nextInt(bound);
    }

    private static final List<Function<Random, String>> GENERATORS = List.of(
            r -> "V" + n(6) + "." + n(6) + "." + n(3) + (n(3) == 0 ? "" : (n(2) == 0 ? " build " : "build ") + (140101 + n(3) * 10000 + n(3))),
            r -> n(3) + "." + (400 + n(3) * 100) + ".000000" + n(3) + "." + n(40) + ".R" + (n(3) == 0 ? ""
                    : n(2) == 0 ? ", Build Date: 20" + (15 + n(3)) + "-0" + (1 + n(9)) + "-1" + n(9) : "." + (15 + n(3)) + "0" + (1 + n(9)) + "1" + n(9)),
            r -> (8 + n(4)) + "." + n(90) + (n(2) == 0 ? "" : "." + n(200)) + (n(3) == 0 ? "." + n(9) : ""),
            r -> "v" + n(4) + ".0.0." + n(800) + (n(2) == 0 ? "" : "_" + (20121102 + n(4))),
            r -> (n(2) == 0 ? "IPC_G6103-" : "") + "B6103." + n(20) + "." + n(12) + (n(3) == 0 ? "" : ".B" + n(40)) + "." + (200101 + n(3)),
            r -> n(3) + "." + n(30) + "." + String.format("%02d", n(5)) + (n(2) == 0 ? "" : "_2023" + (1000 + n(3))));
    private static final List<VersionScheme> SCHEMES = List.of(VersionScheme.HIKVISION, VersionScheme.DAHUA,
            VersionScheme.AXIS, VersionScheme.REOLINK, VersionScheme.UNIVIEW, VersionScheme.HANWHA);

    private static List<Version> sample(int g) {
        List<Version> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String text = GENERATORS.get(g).apply(RND);
            Optional<Version> v = SCHEMES.get(g).parse(text);
            assertThat(v).as(SCHEMES.get(g) + " parses generated " + text).isPresent();
            out.add(v.get());
        }
        return out;
    }

    @Test
    void orderIsAntisymmetricTransitiveAndConsistentWithEquals() {
        for (int g = 0; g < GENERATORS.size(); g++) {
            List<Version> vs = sample(g);
            for (Version a : vs) {
                for (Version b : vs) {
                    int ab = Integer.signum(a.compareTo(b));
                    assertThat(ab).as(a + " vs " + b).isEqualTo(-Integer.signum(b.compareTo(a)));
                    assertThat(ab == 0).as("equals agrees with compareTo: " + a + " / " + b).isEqualTo(a.equals(b));
                    if (a.equals(b)) {
                        assertThat(a.hashCode()).isEqualTo(b.hashCode());
                    }
                    a.decide(b).ifPresent(d -> assertThat(d).as("decide agrees with compareTo: " + a + " / " + b).isEqualTo(ab));
                    for (Version c : vs.subList(0, 20)) {
                        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                            assertThat(a.compareTo(c)).as(a + " <= " + b + " <= " + c).isLessThanOrEqualTo(0);
                        }
                    }
                }
            }
        }
    }

    @Test
    void vendorSchemes() {
        assertThat(VersionScheme.forVendor("Lorex")).isEqualTo(VersionScheme.DAHUA);
        assertThat(VersionScheme.forVendor("hikvision")).isEqualTo(VersionScheme.HIKVISION);
        assertThat(VersionScheme.forVendor("ZoneMinder")).isEqualTo(VersionScheme.DOTTED);
        assertThat(VersionScheme.fromWire("uniview")).contains(VersionScheme.UNIVIEW);
    }
}
