package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmark's reading of real nmap XML (captures in src/test/resources/bench, see SOURCES.md there). */
class NmapXmlTest {

    @Test
    void readsProductsTimeoutsAndOpenRtspUrlsOfARunAgainstTheLab() throws Exception {
        Map<String, NmapXml.Host> hosts = read("nmap-lab-example-fleet.xml");
        assertThat(hosts).hasSize(14);
        assertThat(hosts.values().stream().filter(NmapXml.Host::timedOut).count()).isEqualTo(9);
        assertThat(hosts.get("127.31.70.1").timedOut()).isTrue();
        assertThat(hosts.get("127.31.70.1").named()).isFalse();
        assertThat(hosts.get("127.31.70.9").products()).contains("Apache httpd 2.4.27");
        assertThat(hosts.get("127.31.70.12").products()).containsExactly("gSOAP 2.8", "cpe:/a:genivia:gsoap:2.8");
        assertThat(hosts.get("127.31.70.12").rtspUrls())
                .containsExactly("rtsp://127.31.70.12/stream1", "rtsp://127.31.70.12/stream2");
        assertThat(hosts.get("127.31.70.9").rtspUrls()).as("401 answers are not open streams").isEmpty();
        assertThat(hosts.values()).allSatisfy(h -> assertThat(h.defaultAccounts()).isEmpty());
    }

    @Test
    void readsTheCredentialsHttpDefaultAccountsLoggedInWith() throws Exception {
        Map<String, NmapXml.Host> hosts = read("nmap-default-account.xml");
        assertThat(hosts.get("127.31.90.1").defaultAccounts()).containsExactly("admin:12345");
        assertThat(hosts.get("127.31.90.1").timedOut()).isFalse();
    }

    @Test
    void neverResolvesEntities() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE nmaprun [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<nmaprun><host><address addr=\"127.0.0.1\" addrtype=\"ipv4\"/><ports><port><service name=\"http\" "
                + "product=\"x\"/><script id=\"rtsp-url-brute\"><table key=\"discovered\"><elem>&e;</elem></table>"
                + "</script></port></ports></host></nmaprun>";
        try {
            List<NmapXml.Host> hosts = NmapXml.parse(new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)));
            assertThat(hosts.toString()).doesNotContain("root:");
        } catch (java.io.IOException refused) {
            assertThat(refused).hasMessageContaining("nmap XML unreadable");
        }
        assertThatThrownBy(() -> NmapXml.parse(new ByteArrayInputStream("<nmaprun><host>".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("nmap XML unreadable");
    }

    @Test
    void theCommandScansOnlyLoopbackTargetsFromAFile() throws Exception {
        Path targets = NmapRun.writeTargets(List.of("127.40.0.1", "127.40.0.2"));
        try {
            List<String> cmd = NmapRun.command(Path.of("/usr/bin/nmap"), List.of(554, 80, 80, 8000), targets,
                    Duration.ofSeconds(300));
            assertThat(cmd).containsExactly("/usr/bin/nmap", "-sV", "-Pn", "-n", "-T4", "--host-timeout", "300s",
                    "--script", "http-default-accounts,rtsp-url-brute", "-p", "80,554,8000", "-iL", targets.toString(),
                    "-oX", "-");
            assertThat(java.nio.file.Files.readString(targets)).isEqualTo("127.40.0.1\n127.40.0.2\n");
        } finally {
            java.nio.file.Files.deleteIfExists(targets);
        }
        assertThatThrownBy(() -> NmapRun.writeTargets(List.of("127.40.0.1", "192.168.1.10")))
                .hasMessageContaining("loopback");
    }

    private static Map<String, NmapXml.Host> read(String resource) throws Exception {
        try (InputStream in = NmapXmlTest.class.getResourceAsStream("/bench/" + resource)) {
            return NmapXml.parse(in).stream().collect(Collectors.toMap(NmapXml.Host::address, Function.identity()));
        }
    }
}
