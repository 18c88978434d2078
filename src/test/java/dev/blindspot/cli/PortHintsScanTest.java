package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.Report;
import dev.blindspot.scan.PortSet;
import dev.blindspot.scan.ScanListener;
import dev.blindspot.scan.ScanProfile;
import dev.blindspot.scan.ScanSettings;
import dev.blindspot.scope.Scope;
import dev.blindspot.scope.TargetParser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hosts that only accept TCP connections (no banner, no page) on the default port set get their class from their open
 * ports: Windows ports -> workstation, printing ports -> printer, SSH alone -> server; and they make a camera's /24 a
 * flat network. Binds real low ports (22, 445, 515), so it runs only where that is allowed (root here).
 */
class PortHintsScanTest {

    private static final String NET = "127.52.4.";

    @Test
    void silentHostsAreClassifiedByTheirOpenPortsOnTheDefaultPortSet() throws Exception {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            try {
                listen(sockets, NET + "1", 135, 139, 445);
                listen(sockets, NET + "2", 515, 9100);
                listen(sockets, NET + "3", 22);
                listen(sockets, NET + "4", 22, 8080);
            } catch (IOException e) {
                assumeTrue(false, "cannot bind low ports on loopback here: " + e.getMessage());
            }
            Scope scope = new Scope(TargetParser.withSystemResolver().parseAll(List.of(NET + "1-" + NET + "4")), List.of());
            ScanProfile profile = ScanProfile.safe();
            ScanSettings settings = new ScanSettings(PortSet.cameraDefaults(), profile, 64, 4, Duration.ofSeconds(2));
            Report report;
            try (DefaultProbeSuite suite = new DefaultProbeSuite(profile, settings.timeout(), Clock.systemUTC())) {
                report = new Assessment(settings, suite, Clock.systemUTC()).run(scope, new AtomicBoolean(), ScanListener.NONE);
            }
            Map<String, Optional<String>> classes = report.assets().stream()
                    .collect(Collectors.toMap(AssetEntry::address, AssetEntry::deviceClass));
            assertThat(classes).as("scan notes: %s", report.scan().notes()).containsEntry(NET + "1", Optional.of("workstation"))
                    .containsEntry(NET + "2", Optional.of("printer"))
                    .containsEntry(NET + "3", Optional.of("server"))
                    .containsEntry(NET + "4", Optional.empty());
            AssetEntry printer = report.assets().stream().collect(Collectors.toMap(AssetEntry::address, Function.identity()))
                    .get(NET + "2");
            assertThat(printer.evidence()).anySatisfy(e -> assertThat(e.value()).contains("printer-ports"));
            // no surveillance device in 127.52.4.0/24: nothing to judge
            assertThat(report.findings()).noneMatch(f -> f.checkId().equals("flat-network"));
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }

    /** Listeners that accept and close at once, like a service that waits for the client to speak first. */
    private static void listen(List<ServerSocket> sockets, String address, int... ports) throws IOException {
        for (int port : ports) {
            ServerSocket s = new ServerSocket(port, 50, InetAddress.getByName(address));
            sockets.add(s);
            Thread.ofVirtual().start(() -> {
                while (!s.isClosed()) {
                    try (Socket c = s.accept()) {
                        c.setSoLinger(true, 0);
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }
    }
}
