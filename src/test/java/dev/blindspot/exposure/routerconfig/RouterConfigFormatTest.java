package dev.blindspot.exposure.routerconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Format detection from content, and format names. */
class RouterConfigFormatTest {

    @ParameterizedTest
    @CsvSource({
            "iptables-save.txt, IPTABLES",
            "nft-ruleset.nft, NFT",
            "nft-ruleset.json, NFT_JSON",
            "openwrt-firewall, OPENWRT",
            "pfsense-config.xml, PFSENSE",
            "opnsense-config.xml, PFSENSE",
            "mikrotik-export.rsc, MIKROTIK"})
    void detectsEachFormatFromContent(String name, RouterConfigFormat expected) throws Exception {
        assertThat(RouterConfigFormat.detect(Files.readString(Fixtures.path(name)))).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hello world",
            "{\"name\": \"not nftables\"}",
            "<html><body>router</body></html>",
            "''"})
    void otherTextIsNoFormat(String text) {
        assertThat(RouterConfigFormat.detect(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"iptables, IPTABLES", "iptables-save, IPTABLES", "nft, NFT", "NFT-JSON, NFT_JSON", "openwrt, OPENWRT",
            "pfsense, PFSENSE", "opnsense, PFSENSE", "mikrotik, MIKROTIK"})
    void namesAreAccepted(String name, RouterConfigFormat expected) {
        assertThat(RouterConfigFormat.named(name)).contains(expected);
        assertThat(RouterConfigFormat.named("cisco")).isEqualTo(Optional.empty());
    }
}
