package dev.blindspot.protocol.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bundled snapshot data and the limits its loader enforces. */
class SnapshotPathsTest {

    private static SnapshotPaths parse(String yaml) throws Exception {
        return SnapshotPaths.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bundledDataNamesTheVendorPaths() {
        SnapshotPaths p = SnapshotPaths.bundled();
        assertThat(p.vendor("hikvision").orElseThrow().snapshots())
                .containsExactly("/ISAPI/Streaming/channels/101/picture", "/Streaming/channels/1/picture");
        assertThat(p.vendor("Dahua").orElseThrow().snapshots()).containsExactly("/cgi-bin/snapshot.cgi");
        assertThat(p.vendor("Axis").orElseThrow().snapshots()).containsExactly("/axis-cgi/jpg/image.cgi");
        assertThat(p.vendor("Axis").orElseThrow().anonymous()).contains("Allow anonymous viewers");
        assertThat(p.vendor("Axis").orElseThrow().anonymousSwitch()).isTrue();
        assertThat(p.vendor("Dahua").orElseThrow().anonymousSwitch()).isTrue();
        assertThat(p.vendor("Hanwha").orElseThrow().anonymousSwitch()).isFalse();
        assertThat(p.vendor("Uniview").orElseThrow().anonymousSwitch()).isFalse();
        assertThat(p.vendor("Hikvision").orElseThrow().anonymous()).contains("Anonymous Visit");
        assertThat(p.vendor("Hanwha").orElseThrow().snapshots())
                .containsExactly("/stw-cgi/video.cgi?msubmenu=snapshot&action=view");
        assertThat(p.vendor("Foscam").orElseThrow().snapshots()).isEmpty();
        assertThat(p.generic()).hasSize(2);
    }

    @Test
    void refusesPathsWithoutSourceTooManyPathsAndBadPaths() {
        assertThatThrownBy(() -> parse("version: 1\nvendors:\n  - {manufacturer: X, anonymous: {switch: false, setting: n, source: s}, snapshots: [{path: /a}]}\n"
                + "generic: []\n")).hasMessageContaining("source");
        assertThatThrownBy(() -> parse("version: 1\nvendors: []\ngeneric: [{path: /a, source: s}, {path: /b, source: s},"
                + " {path: /c, source: s}]\n")).hasMessageContaining("generic");
        assertThatThrownBy(() -> parse("version: 1\nvendors:\n  - {manufacturer: X, anonymous: {switch: false, setting: n, source: s}, snapshots: "
                + "[{path: /a, source: s}, {path: /b, source: s}, {path: /c, source: s}, {path: /d, source: s}]}\n"
                + "generic: []\n")).hasMessageContaining("more than 3");
        assertThatThrownBy(() -> parse("version: 1\nvendors:\n  - {manufacturer: X, anonymous: {switch: false, setting: n, source: s}, snapshots: "
                + "[{path: 'http://evil/a', source: s}]}\ngeneric: []\n")).hasMessageContaining("bad path");
    }
}
