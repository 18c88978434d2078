package dev.blindspot.exposure.routerconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every prefix (cut every few characters) and many seeded mutations of each fixture either parse or fail with a
 * {@link RouterConfigException} naming the file: no other exception escapes a parser.
 */
class RouterConfigRobustnessTest {

    private static final String MUTATIONS = "{}[]<>\"'\\:;,=-/!#\n 0123456789abcdefxyz&";

    @ParameterizedTest
    @ValueSource(strings = {"iptables-save.txt", "nft-ruleset.nft", "nft-ruleset.json", "openwrt-firewall",
            "pfsense-config.xml", "opnsense-config.xml", "mikrotik-export.rsc"})
    void truncatedAndMutatedFilesNeverCrash(String name) throws Exception {
        String text = Files.readString(Fixtures.path(name));
        RouterConfigFormat format = RouterConfigFormat.detect(text).orElseThrow();
        List<String> variants = new ArrayList<>();
        for (int cut = 0; cut < text.length(); cut += 7) {
            variants.add(text.substring(0, cut));
        }
        Random random = new Random(name.hashCode());
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder(text);
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.setCharAt(at, MUTATIONS.charAt(random.nextInt(MUTATIONS.length())));
                    case 1 -> b.deleteCharAt(at);
                    default -> b.insert(at, MUTATIONS.charAt(random.nextInt(MUTATIONS.length())));
                }
            }
            variants.add(b.toString());
        }
        RouterConfigReader reader = new RouterConfigReader();
        int failures = 0;
        for (String v : variants) {
            for (Optional<RouterConfigFormat> f : List.of(Optional.of(format), Optional.<RouterConfigFormat>empty())) {
                try {
                    reader.parse(name, v, f);
                } catch (RouterConfigException e) {
                    failures++;
                    assertThat(e.getMessage()).startsWith("router config " + name);
                } catch (RuntimeException e) {
                    throw new AssertionError(name + " variant crashed the parser: " + e + "\n---\n" + v, e);
                }
            }
        }
        assertThat(failures).as("some variants are malformed").isPositive();
    }
}
