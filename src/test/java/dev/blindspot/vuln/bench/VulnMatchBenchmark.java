package dev.blindspot.vuln.bench;

import dev.blindspot.check.CheckResult;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.OpenPort;
import dev.blindspot.vuln.FirmwareKnownVulnerability;
import dev.blindspot.vuln.VulnKnowledge;
import dev.blindspot.vuln.match.VulnMatch;
import dev.blindspot.vuln.match.VulnMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matches 10,000 assets (a realistic vendor/model/firmware mix, {@link AssetMix}) against the whole bundled knowledge
 * base and curated overlay; one operation = all 10,000. Run with {@code ./blindspot-jmh} (README, Performance).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VulnMatchBenchmark {

    static final int ASSETS = 10_000;

    private VulnKnowledge knowledge;
    private VulnMatcher matcher;
    private List<Identity> identities;
    private Inventory inventory;
    private FirmwareKnownVulnerability check;

    @Setup
    public void setUp() {
        knowledge = VulnKnowledge.loadDefault();
        matcher = knowledge.matcher();
        identities = AssetMix.generate(ASSETS, 42);
        Map<String, Identity> byAddress = new HashMap<>();
        List<OpenPort> ports = new ArrayList<>();
        for (int i = 0; i < identities.size(); i++) {
            String address = "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255);
            byAddress.put(address, identities.get(i));
            ports.add(new OpenPort(address, 80, "http"));
        }
        inventory = Inventory.of(ports, byAddress);
        check = new FirmwareKnownVulnerability(knowledge);
    }

    /** The matcher alone: every CVE match with confidence and reason for 10,000 identities. */
    @Benchmark
    public int match10kAssets() {
        int n = 0;
        for (Identity id : identities) {
            List<VulnMatch> ms = matcher.match(id);
            n += ms.size();
        }
        return n;
    }

    /** The whole check: results with severity, evidence and references for 10,000 assets. */
    @Benchmark
    public List<CheckResult> check10kAssets() {
        return check.evaluate(inventory);
    }

    /** Loading the bundled knowledge base and overlay and building the matcher (once per scan). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public VulnKnowledge loadKnowledge() {
        return VulnKnowledge.loadDefault();
    }
}
