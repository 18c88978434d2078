package dev.blindspot.protocol.upnp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The router UPnP IGD audit against the real miniupnpd (Debian package {@code miniupnpd}, 2.3.1 here) in two network
 * namespaces this test creates: the router's namespace holds a LAN veth pair (its peer in the scanner's namespace)
 * and a WAN veth pair, with private 10.214.x addresses that exist only inside the namespaces. miniupnpd runs there
 * with a minimal configuration written to a temporary directory (listening on the LAN veth, WAN on the other,
 * secure mode, no NAT-PMP); the scanner runs in the LAN namespace as a child JVM ({@code ip netns exec}) with
 * {@code --gateway}. miniupnpd 2.3.1 refuses to add mappings while its WAN address is private, and it is never given
 * a public one: so the listing is empty and ends with fault 713. Skipped, with the reason, where namespaces cannot be
 * made (not root, no iproute2); under CI=true a missing miniupnpd is a failure (.ci/run installs it).
 */
class MiniupnpdNetnsTest {

    private static final Path MINIUPNPD = Path.of("/usr/sbin/miniupnpd");
    private final String suffix = Long.toString(ProcessHandle.current().pid() % 100000);
    private final String routerNs = "bs-rtr-" + suffix;
    private final String lanNs = "bs-lan-" + suffix;
    private final String lanRouterIf = "bslr" + suffix;
    private final String lanClientIf = "bslc" + suffix;
    private final String wanIf = "bswr" + suffix;
    private final String wanPeerIf = "bswx" + suffix;
    // addresses inside the test's own network namespaces only
    private static final String ROUTER = "10.214.1.1"; // namespace-only: miniupnpd's LAN address
    private static final String SCANNER = "10.214.1.2"; // namespace-only: the scanner's address
    private static final String WAN = "10.214.2.1"; // namespace-only: the router's (private) WAN address
    private final List<Process> processes = new ArrayList<>();
    private boolean namespaces;

    @Test
    void theRealMiniupnpdIsFoundDescribedEnumeratedToFault713AndReported(@TempDir Path dir) throws Exception {
        makeNamespaces();
        boolean present = Files.isExecutable(MINIUPNPD);
        if (!present && "true".equals(System.getenv("CI"))) {
            Assertions.fail("miniupnpd is not installed (Debian package miniupnpd; .ci/run installs it)");
        }
        Assumptions.assumeTrue(present, "miniupnpd (Debian package miniupnpd) is not installed: real IGD not tested");
        startMiniupnpd(dir);

        // the router inside the targets, named as the gateway
        JsonNode inScope = scan(dir.resolve("in.json"), ROUTER);
        JsonNode enabled = finding(inScope, "upnp-igd-enabled", ROUTER);
        assertThat(enabled.get("status").asText()).isEqualTo("fail");
        String evidence = enabled.get("evidence").asText();
        assertThat(evidence).contains("SERVER: ", "MiniUPnPd/2.3.1")                      // SSDP answered unicast
                .contains("\"Blindspot test router\"")                                     // the description was read
                .contains("control URL: http://" + ROUTER + ":5000/ctl/IPConn (WANIPConnection:2)")
                .contains("0 port mapping(s), listing ended by fault 713 SpecifiedArrayIndexInvalid")
                .contains("GetListOfPortMappings: TCP: 0 entries, UDP: 0 entries");
        assertThat(enabled.get("severity").asText()).isEqualTo("medium");
        assertThat(finding(inScope, "upnp-port-mapping-to-surveillance", ROUTER).get("status").asText()).isEqualTo("pass");

        // the router outside the targets: audited because --gateway names it, nothing else outside is touched
        JsonNode outside = scan(dir.resolve("out.json"), SCANNER);
        assertThat(finding(outside, "upnp-igd-enabled", ROUTER).get("evidence").asText())
                .contains("listing ended by fault 713");
    }

    private JsonNode scan(Path report, String target) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process scan = start(List.of("ip", "netns", "exec", lanNs, java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "scan", target, "--gateway", ROUTER, "--ports", "9", "--profile", "safe",
                "--timeout", "2s", "-o", report.toString()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(scan.getErrorStream()));
        String output = new String(scan.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(scan.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(scan.exitValue()).as(output + new String(err.get(), StandardCharsets.UTF_8)).isZero();
        return new ObjectMapper().readTree(report.toFile());
    }

    private static JsonNode finding(JsonNode report, String check, String address) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("checkId").asText().equals(check) && f.get("asset").asText().equals(address)) {
                return f;
            }
        }
        throw new AssertionError("no " + check + " finding for " + address + " in " + report.get("findings"));
    }

    private void startMiniupnpd(Path dir) throws Exception {
        Path conf = dir.resolve("miniupnpd.conf");
        Files.writeString(conf, String.join("\n",
                "ext_ifname=" + wanIf,
                "listening_ip=" + lanRouterIf,
                "http_port=5000",
                "enable_natpmp=no",
                "enable_upnp=yes",
                "secure_mode=yes",
                "system_uptime=no",
                "uuid=00000000-0000-4000-8000-00000000b51d",
                "friendly_name=Blindspot test router",
                "allow 1024-65535 10.214.1.0/24 1024-65535",
                "deny 0-65535 0.0.0.0/0 0-65535", ""));
        Process daemon = start(List.of("ip", "netns", "exec", routerNs, MINIUPNPD.toString(), "-f", conf.toString(),
                "-d", "-P", dir.resolve("miniupnpd.pid").toString()));
        CompletableFuture<Boolean> listening = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader log = new BufferedReader(new InputStreamReader(daemon.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = log.readLine(); line != null; line = log.readLine()) {
                    if (line.contains("HTTP listening on port")) {
                        Thread.ofVirtual().start(() -> readAll(daemon.getErrorStream()));
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(listening.get(20, TimeUnit.SECONDS)).as("miniupnpd started and listens on HTTP").isTrue();
    }

    private void makeNamespaces() throws Exception {
        Assumptions.assumeTrue(run("ip", "netns", "add", routerNs) == 0,
                "cannot create network namespaces here (needs root and iproute2): the real miniupnpd is not tested");
        namespaces = true;
        check("ip", "netns", "add", lanNs);
        check("ip", "link", "add", lanRouterIf, "type", "veth", "peer", "name", lanClientIf);
        check("ip", "link", "set", lanRouterIf, "netns", routerNs);
        check("ip", "link", "set", lanClientIf, "netns", lanNs);
        check("ip", "-n", routerNs, "link", "add", wanIf, "type", "veth", "peer", "name", wanPeerIf);
        check("ip", "-n", routerNs, "addr", "add", ROUTER + "/24", "dev", lanRouterIf);
        check("ip", "-n", routerNs, "addr", "add", WAN + "/24", "dev", wanIf);
        check("ip", "-n", lanNs, "addr", "add", SCANNER + "/24", "dev", lanClientIf);
        for (String[] up : List.of(new String[] {routerNs, lanRouterIf}, new String[] {routerNs, wanIf},
                new String[] {routerNs, wanPeerIf}, new String[] {routerNs, "lo"}, new String[] {lanNs, lanClientIf},
                new String[] {lanNs, "lo"})) {
            check("ip", "-n", up[0], "link", "set", up[1], "up");
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Process p : processes) {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        }
        if (namespaces) {
            run("ip", "netns", "del", routerNs); // deleting a namespace removes its veth pairs
            run("ip", "netns", "del", lanNs);
        }
    }

    private Process start(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).start();
        processes.add(p);
        return p;
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private static void check(String... command) throws Exception {
        assertThat(run(command)).as(String.join(" ", command)).isZero();
    }
}
