package dev.blindspot.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SiteFileTest {

    private static SiteLayout parse(String yaml) throws Exception {
        return SiteFile.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "site.yaml");
    }

    private static String subject(SiteLayout layout, String address) {
        return layout.segmentOf(address).orElseThrow().subject();
    }

    @Test
    void defaultGroupingIsTheSlash24AndTheSlash64() {
        SiteLayout layout = SiteLayout.byDefault();
        assertThat(subject(layout, "127.52.1.17")).isEqualTo("127.52.1.0/24");
        assertThat(subject(layout, "2001:db8:1:2:0:0:0:5")).isEqualTo("2001:db8:1:2::/64");
        assertThat(subject(layout, "fe80::1%eth0")).isEqualTo("fe80::/64");
        assertThat(layout.segmentOf("127.52.1.17").orElseThrow().declared()).isFalse();
        assertThat(layout.segmentOf("not-an-address")).isEmpty();
    }

    @Test
    void zonesNarrowerAndWiderThanSlash24WinByMostSpecificBlock() throws Exception {
        SiteLayout layout = parse("""
                version: 1
                site: Warehouse
                zones:
                  - name: office
                    purpose: business
                    cidrs: [10.10.0.0/16]
                  - name: cameras
                    purpose: cameras
                    cidrs: [10.10.20.0/25, 10.10.21.0/24]
                  - name: nvr
                    cidrs: ["10.10.20.200"]
                """);
        assertThat(layout.zones()).hasSize(3);
        Segment cameras = layout.segmentOf("10.10.20.5").orElseThrow();
        assertThat(cameras.name()).isEqualTo("cameras");
        assertThat(cameras.subject()).isEqualTo("10.10.20.0/25");
        assertThat(cameras.purpose()).contains(Purpose.CAMERAS);
        assertThat(cameras.label()).isEqualTo("zone 'cameras' (10.10.20.0/25, 10.10.21.0/24)");
        assertThat(layout.segmentOf("10.10.21.9").orElseThrow().name()).isEqualTo("cameras");
        assertThat(layout.segmentOf("10.10.20.130").orElseThrow().name()).isEqualTo("office");
        assertThat(layout.segmentOf("10.10.20.200").orElseThrow().name()).isEqualTo("nvr");
        assertThat(layout.segmentOf("10.10.99.1").orElseThrow().name()).isEqualTo("office");
        // outside every zone: the default /24
        assertThat(layout.segmentOf("192.168.7.7").orElseThrow().subject()).isEqualTo("192.168.7.0/24");
    }

    @Test
    void theDocumentedExampleParses() throws Exception {
        SiteLayout layout = SiteFile.load(Path.of("docs/examples/site.yaml"));
        assertThat(layout.zones()).extracting(Zone::name).contains("cameras", "office");
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> parse("zones:\n  - {name: a, cidrs: [10.0.0.5/24]}\n"))
                .hasMessageContaining("host bits set").hasMessageContaining("10.0.0.0/24");
        assertThatThrownBy(() -> parse("zones:\n  - {name: a, cidr: [10.0.0.0/24]}\n"))
                .hasMessageContaining("unknown key 'cidr'");
        assertThatThrownBy(() -> parse("zones:\n  - {name: a, cidrs: 10.0.0.0/24}\n"))
                .hasMessageContaining("must be a list");
        assertThatThrownBy(() -> parse("zones:\n  - {name: a, cidrs: [10.0.0.0/33]}\n"))
                .hasMessageContaining("not a CIDR block");
        assertThatThrownBy(() -> parse("zones:\n  - {name: a, purpose: cctv, cidrs: [10.0.0.0/24]}\n"))
                .hasMessageContaining("unknown purpose 'cctv'");
        assertThatThrownBy(() -> parse("zones:\n  - {name: a, cidrs: [10.0.0.0/24]}\n  - {name: a, cidrs: [10.0.1.0/24]}\n"))
                .hasMessageContaining("two zones are named 'a'");
        assertThatThrownBy(() -> parse("zones:\n  - {name: a, cidrs: [10.0.0.0/24]}\n  - {name: b, cidrs: [10.0.0.0/24]}\n"))
                .hasMessageContaining("declared in zone 'a' and in zone 'b'");
        assertThatThrownBy(() -> parse("zones: []\n")).hasMessageContaining("non-empty list");
        assertThatThrownBy(() -> parse("version: 2\nzones:\n  - {name: a, cidrs: [10.0.0.0/24]}\n"))
                .hasMessageContaining("unsupported version");
        assertThatThrownBy(() -> parse("zones:\n  - {name: '<b>', cidrs: [10.0.0.0/24]}\n")).hasMessageContaining("name");
        assertThatThrownBy(() -> parse("x".repeat(SiteFile.MAX_BYTES + 1))).hasMessageContaining("larger than");
    }
}
