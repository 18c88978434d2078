package dev.blindspot.protocol.discovery;

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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan --discover-on IFACE} for real: two network namespaces this test creates (a veth pair between them, private
 * addresses that exist only inside them), a responder in one answering multicast WS-Discovery and SSDP from an address
 * in the scope and from one outside it, the scanner in the other. Multicast never leaves the test's namespaces.
 * Skipped, with the reason, where namespaces cannot be made (not root, no iproute2).
 */
class MulticastDiscoveryNetnsTest {

    private final String suffix = Long.toString(ProcessHandle.current().pid() % 100000);
    private final String scannerNs = "bsmA" + suffix;
    private final String deviceNs = "bsmB" + suffix;
    private final String scannerIf = "bsma" + suffix;
    private final String deviceIf = "bsmb" + suffix;
    // addresses inside the test's own network namespaces only
    private static final String SCANNER = "10.213.0.1"; // namespace-only address
    private static final String DEVICE = "10.213.0.2"; // namespace-only address, in the scan's scope
    private static final String OUTSIDE = "10.213.0.3"; // namespace-only address, outside the scope
    private final List<Process> processes = new ArrayList<>();

    @Test
    void multicastAnswersFromTheScopeBecomeObservationsAndOthersANote(@TempDir Path dir) throws Exception {
        makeNamespaces();
        String java = ProcessHandle.current().info().command().orElseThrow();
        String cp = System.getProperty("java.class.path");
        Process responder = start(List.of("ip", "netns", "exec", deviceNs, java, "-cp", cp,
                NetnsResponder.class.getName(), deviceIf, DEVICE, OUTSIDE));
        BufferedReader ready = new BufferedReader(new InputStreamReader(responder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(ready.readLine()).isEqualTo("ready");

        Path report = dir.resolve("report.json");
        Process scan = start(List.of("ip", "netns", "exec", scannerNs, java, "-cp", cp, Main.class.getName(), "scan",
                DEVICE, "--discover-on", scannerIf, "--ports", "9", "--profile", "safe", "--timeout", "2s",
                "-o", report.toString()));
        String output = new String(scan.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                + new String(scan.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(scan.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(scan.exitValue()).as(output).isZero();

        JsonNode r = new ObjectMapper().readTree(report.toFile());
        assertThat(r.get("assets")).hasSize(1);
        JsonNode asset = r.get("assets").get(0);
        assertThat(asset.get("address").asText()).isEqualTo(DEVICE);
        List<String> ports = new ArrayList<>();
        asset.get("ports").forEach(p -> ports.add(p.get("port").asInt() + "/" + p.get("transport").asText() + "/" + p.get("service").asText()));
        assertThat(ports).contains("3702/udp/ws-discovery", "1900/udp/ssdp");
        assertThat(asset.get("deviceClass").asText()).isEqualTo("camera");
        assertThat(asset.get("evidence").toString()).contains("hardware/HD_PREDATOR");
        assertThat(r.at("/scan/notes").toString()).contains("outside the scope").contains(OUTSIDE);
    }

    private void makeNamespaces() throws Exception {
        Assumptions.assumeTrue(run("ip", "netns", "add", scannerNs) == 0,
                "cannot create network namespaces here (needs root and iproute2): multicast discovery not tested");
        check("ip", "netns", "add", deviceNs);
        check("ip", "link", "add", scannerIf, "type", "veth", "peer", "name", deviceIf);
        check("ip", "link", "set", scannerIf, "netns", scannerNs);
        check("ip", "link", "set", deviceIf, "netns", deviceNs);
        check("ip", "-n", scannerNs, "addr", "add", SCANNER + "/24", "dev", scannerIf);
        check("ip", "-n", deviceNs, "addr", "add", DEVICE + "/24", "dev", deviceIf);
        check("ip", "-n", deviceNs, "addr", "add", OUTSIDE + "/24", "dev", deviceIf);
        for (String[] up : List.of(new String[] {scannerNs, scannerIf}, new String[] {deviceNs, deviceIf},
                new String[] {scannerNs, "lo"}, new String[] {deviceNs, "lo"})) {
            check("ip", "-n", up[0], "link", "set", up[1], "up");
        }
    }

    @AfterEach
    void removeNamespaces() throws Exception {
        processes.forEach(Process::destroyForcibly);
        run("ip", "netns", "del", scannerNs);
        run("ip", "netns", "del", deviceNs);
    }

    private Process start(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).start();
        processes.add(p);
        return p;
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
