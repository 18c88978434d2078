package dev.blindspot.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OpenPort;
import dev.blindspot.scope.Scope;
import dev.blindspot.scope.TargetParser;
import dev.blindspot.testing.AcceptCounter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ScanEngineScopeTest {

    /** A suite that records which addresses the engine handed it and does no I/O. */
    static final class RecordingSuite implements ProbeSuite {
        final List<String> probed = new CopyOnWriteArrayList<>();

        @Override
        public List<Observation> probePort(ProbeContext context, String address, PortSpec port) {
            probed.add(address + ":" + port.port());
            return List.of();
        }

        @Override
        public List<Observation> secondPass(ProbeContext c, String address, List<Observation> first, Identity identity) {
            probed.add(address + ":second");
            return List.of();
        }
    }

    private static ScanEngine engine(int port, ProbeSuite suite) {
        ScanSettings s = new ScanSettings(new PortSet(List.of(new PortSpec(port, "http"))), ScanProfile.standard(), 16, 2,
                Duration.ofMillis(500));
        return new ScanEngine(s, suite, (a, obs) -> Identity.unknown(), Clock.systemUTC());
    }

    @Test
    void neverConnectsToAnAddressOutsideTheScope() throws Exception {
        TargetParser parser = TargetParser.withSystemResolver();
        try (AcceptCounter inScope = AcceptCounter.start("127.0.0.1", 0);
             AcceptCounter excluded = AcceptCounter.start("127.0.0.3", inScope.port());
             AcceptCounter outside = AcceptCounter.start("127.0.0.9", inScope.port())) {
            Scope scope = new Scope(parser.parseAll(List.of("127.0.0.1-127.0.0.4")), parser.parseAll(List.of("127.0.0.3")));
            RecordingSuite suite = new RecordingSuite();
            ScanResult r = engine(inScope.port(), suite).run(scope, new AtomicBoolean(), ScanListener.NONE);

            assertThat(r.complete()).isTrue();
            assertThat(r.addressesProbed()).isEqualTo(3);
            assertThat(inScope.awaitAccepted(1, 2000)).isGreaterThanOrEqualTo(1);
            // a stray connection would be counted within the same grace period
            Thread.sleep(200);
            assertThat(excluded.accepted()).isZero();
            assertThat(outside.accepted()).isZero();
            assertThat(r.inventory().all(OpenPort.class).map(OpenPort::address)).containsExactly("127.0.0.1");
            assertThat(suite.probed).containsExactlyInAnyOrder("127.0.0.1:" + inScope.port(), "127.0.0.1:second");
        }
    }

    @Test
    void cancelledScanSaysIncompleteAndKeepsWhatItLearned() throws Exception {
        try (AcceptCounter server = AcceptCounter.start("127.0.0.1", 0)) {
            Scope scope = new Scope(TargetParser.withSystemResolver().parseAll(List.of("127.0.0.1", "127.0.1.0/24")), List.of());
            AtomicBoolean cancel = new AtomicBoolean();
            List<Long> seen = new ArrayList<>();
            ScanResult r = engine(server.port(), new RecordingSuite()).run(scope, cancel, (done, total, live) -> {
                synchronized (seen) {
                    seen.add(done);
                }
                if (live >= 1) {
                    cancel.set(true);
                }
            });
            assertThat(r.complete()).isFalse();
            assertThat(r.addressesProbed()).isLessThan(257);
            assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("interrupted"));
            assertThat(r.inventory().all(OpenPort.class).map(OpenPort::address)).contains("127.0.0.1");
        }
    }
}
