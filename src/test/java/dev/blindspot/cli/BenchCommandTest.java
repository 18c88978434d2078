package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.lab.AnswerKey;
import dev.blindspot.lab.LabOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code blindspot bench} on a small fleet (the timing itself is measured by running it, not here). */
class BenchCommandTest {

    @Test
    void benchStartsARealisticLabScansItAndScoresIt() {
        CliTest.Run r = CliTest.run("bench", "--devices", "24", "--seed", "4", "--range", "127.31.80.0/24");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("lab: 24 devices (realistic mix, seed 4) on 127.31.80.1-127.31.80.24")
                .containsPattern("listeners, ready in [\\d,]+ ms; heap [\\d.]+ MB \\([\\d.]+ KB/device\\)")
                .containsPattern("blindspot scan \\(profile standard, \\d+ ports, concurrency 256, 4 per host, "
                        + "timeout 3s\\): 24 devices in [\\d.]+ s = [\\d.]+ devices/s")
                .containsPattern("default-credentials-accepted\\s+1\\.00\\s+1\\.00")
                .contains("vendor right on");
    }

    @Test
    void benchRefusesBadNumbersAndRangesWithExitTwo() {
        assertThat(CliTest.run("bench", "--devices", "0").code()).isEqualTo(ExitCodes.USAGE);
        CliTest.Run notLoopback = CliTest.run("bench", "--devices", "5", "--range", "10.1.0.0/16");
        assertThat(notLoopback.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notLoopback.err()).contains("127.0.0.0/8");
        assertThat(CliTest.run("bench", "--devices", "300", "--range", "127.31.81.0/24").err())
                .contains("room for fewer than 300 devices");
    }

    @Test
    void withoutNmapTheComparisonSaysSoAndSkips() throws Exception {
        StringWriter out = new StringWriter();
        new NmapComparison(new PrintWriter(out), new PrintWriter(new StringWriter()), Optional.empty())
                .run(List.of(), LabOptions.defaults(), List.of(), new AnswerKey(List.of()), null,
                        Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(out.toString()).contains("nmap: not installed").contains("apt-get install nmap").contains("skipped");
    }
}
