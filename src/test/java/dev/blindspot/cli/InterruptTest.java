package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.report.ReportSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during a scan: the CLI still writes the report, marked incomplete. Runs the CLI in a child JVM. */
class InterruptTest {

    @Test
    void sigintWritesAnIncompleteReport(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("partial.json");
        String java = ProcessHandle.current().info().command().orElseThrow();
        // 65,536 loopback addresses on one closed port: long enough to interrupt, no traffic off loopback
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "scan", "127.23.0.0/16", "--yes", "--ports", "9", "--timeout", "300ms", "-o", report.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        try {
            Thread.sleep(2500);
            assertThat(p.isAlive()).as("scan still running when interrupted").isTrue();
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("exits after Ctrl-C").isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(report).exists();
        JsonNode json = new ObjectMapper().readTree(Files.readString(report));
        assertThat(new ReportSchema().errors(json)).isEmpty();
        assertThat(json.at("/scan/complete").asBoolean(true)).isFalse();
        // a loaded machine may start the child JVM slowly: what matters is that the report is there and incomplete
        assertThat(json.at("/scan/addressesProbed").asInt()).isBetween(0, 65_535);
        assertThat(json.at("/scan/notes").toString()).contains("interrupted");
    }
}
