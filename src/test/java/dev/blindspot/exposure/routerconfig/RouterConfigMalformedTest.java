package dev.blindspot.exposure.routerconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Truncated, mistyped, hostile and oversized files: one clear error naming the file and line, never a crash. */
class RouterConfigMalformedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "iptables-truncated.txt   | 2  | table nat has no COMMIT (truncated file?)",
            "iptables-garbage.txt     | 8  | expected a table (*nat), a chain (:NAME), a rule (-A) or COMMIT",
            "iptables-bad-port.txt    | 7  | not within 1-65535",
            "nft-truncated.nft        | 28 | chain prerouting is not closed (truncated file?)",
            "nft-json-truncated.json  | 24 | invalid JSON: Unexpected end-of-input",
            "nft-json-wrong-types.json| 5  | port is not a number, set or range",
            "nft-json-not-a-list.json | 1  | \"nftables\" is not a list",
            "openwrt-unclosed-quote   | 53 | unclosed quote",
            "openwrt-bad-address      | 1  | dest_ip '192.168.1.300' is not an address",
            "pfsense-truncated.xml    | 41 | invalid XML: XML document structures must start and end",
            "pfsense-xxe.xml          | 4  | XML with a DOCTYPE is refused",
            "mikrotik-truncated.rsc   | 29 | line continues with '\\' but the file ends",
            "mikrotik-bad-line.rsc    | 4  | expected name=value, found 'dst-port'"})
    void malformedFileNamesFileAndLine(String name, int line, String problem) {
        RouterConfigException e = Fixtures.failure(name);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage()).startsWith("router config " + Fixtures.path(name) + " line " + line + ": ").contains(problem);
    }

    @Test
    void xmlEntityIsNeverExpanded() {
        RouterConfigException e = Fixtures.failure("pfsense-xxe.xml");
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void wrongRootElementIsNamed() {
        assertThatThrownBy(() -> new RouterConfigReader().read(Fixtures.path("pfsense-wrong-root.xml"),
                Optional.of(RouterConfigFormat.PFSENSE)))
                .isInstanceOf(RouterConfigException.class).hasMessageContaining("line 2: root element <config>");
    }

    @Test
    void unknownFormatAsksForItByName() {
        assertThat(Fixtures.failure("pfsense-wrong-root.xml").getMessage())
                .contains("cannot tell its format").contains("FILE:FORMAT");
    }

    @Test
    void fileOverSixteenMegabytesIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.txt");
        byte[] line = "-A PREROUTING -i wan -p tcp --dport 554 -j DNAT --to-destination 10.0.0.9\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("*nat\n".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written <= RouterConfigReader.MAX_BYTES; written += line.length) {
                out.write(line);
            }
        }
        assertThatThrownBy(() -> new RouterConfigReader().read(huge, Optional.empty()))
                .isInstanceOf(RouterConfigException.class).hasMessageContaining("larger than 16 MB");
    }

    @Test
    void binaryAndNonUtf8AndMissingFilesAreErrors(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("config.bin");
        Files.write(binary, new byte[] {'*', 'n', 'a', 't', '\n', 0, 1, 2});
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "config rule\n\toption name 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        RouterConfigReader reader = new RouterConfigReader();
        assertThatThrownBy(() -> reader.read(binary, Optional.empty())).hasMessageContaining("binary data");
        assertThatThrownBy(() -> reader.read(latin1, Optional.empty())).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing"), Optional.empty()))
                .isInstanceOf(RouterConfigException.class).hasMessageContaining("cannot read");
    }

    @Test
    void deeplyNestedJsonAndXmlAreRefused() {
        String json = "{\"nftables\": [" + "{\"a\": ".repeat(5000) + "1" + "}".repeat(5000) + "]}";
        String xml = "<pfsense>" + "<a>".repeat(200) + "</a>".repeat(200) + "</pfsense>";
        RouterConfigReader reader = new RouterConfigReader();
        assertThatThrownBy(() -> reader.parse("deep.json", json, Optional.empty()))
                .isInstanceOf(RouterConfigException.class).hasMessageContaining("line 1: invalid JSON");
        assertThatThrownBy(() -> reader.parse("deep.xml", xml, Optional.empty()))
                .isInstanceOf(RouterConfigException.class).hasMessageContaining("too deeply nested");
    }

    @Test
    void forwardToANameIsAClearErrorNotALookup() {
        assertThatThrownBy(() -> new RouterConfigReader().parse("fw", "*nat\n-A PREROUTING -p tcp --dport 554 -j DNAT"
                + " --to-destination camera.example:554\nCOMMIT\n", Optional.empty()))
                .hasMessage("router config fw line 2: 'camera.example:554' is not an address");
    }
}
