package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blindspot.patch.AuditHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previous reports into an audit history: newest per address, size and count limits, junk skipped or refused. */
class AuditHistoryLoaderTest {

    private static String report(String startedAt, String... addresses) {
        StringBuilder assets = new StringBuilder();
        for (String a : addresses) {
            assets.append(assets.isEmpty() ? "" : ",").append("{\"address\":\"").append(a)
                    .append("\",\"ports\":[],\"vendor\":\"Axis\",\"manufacturer\":\"Axis\",\"model\":\"P1448-LE\","
                            + "\"firmware\":null,\"deviceClass\":\"camera\",\"confidence\":\"high\",\"cpe\":[],\"evidence\":[]}");
        }
        return "{\"tool\":{\"name\":\"blindspot\",\"version\":\"0\"},\"scan\":{\"startedAt\":\"" + startedAt
                + "\",\"finishedAt\":\"" + startedAt + "\",\"targets\":[],\"excluded\":[],\"profile\":\"standard\","
                + "\"complete\":true,\"addressesInScope\":1,\"addressesProbed\":1,\"notes\":[],\"checksRun\":true},"
                + "\"assets\":[" + assets + "],\"findings\":[]}";
    }

    @Test
    void newestReportPerAddressWins(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), report("2025-01-01T00:00:00Z", "127.100.0.1", "127.100.0.2"));
        Files.writeString(dir.resolve("b.json"), report("2025-06-01T00:00:00Z", "127.100.0.2"));
        Files.writeString(dir.resolve("ignored.txt"), "not json");
        AuditHistory h = new AuditHistoryLoader().load(Optional.empty(), Optional.of(dir)).orElseThrow().history();
        assertThat(h.reports()).isEqualTo(2);
        assertThat(h.of("127.100.0.1").orElseThrow().report()).isEqualTo("a.json");
        assertThat(h.of("127.100.0.2").orElseThrow().at()).isEqualTo(Instant.parse("2025-06-01T00:00:00Z"));
        assertThat(h.of("127.100.0.2").orElseThrow().model()).contains("P1448-LE");
        assertThat(h.of("127.100.0.3")).isEmpty();
    }

    @Test
    void oversizedBadAndSurplusFilesAreSkippedWithWarnings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("big.json"), report("2025-01-01T00:00:00Z", "127.100.0.1") + " ".repeat(4096));
        Files.writeString(dir.resolve("date.json"), report("yesterday", "127.100.0.1"));
        Path newest = Files.writeString(dir.resolve("ok.json"), report("2025-02-01T00:00:00Z", "127.100.0.9"));
        Files.setLastModifiedTime(newest, FileTime.from(Instant.now().plusSeconds(60)));
        var loaded = new AuditHistoryLoader(2048, 2).load(Optional.empty(), Optional.of(dir)).orElseThrow();
        assertThat(loaded.warnings()).anySatisfy(w -> assertThat(w).contains("2 most recent of 3"));
        assertThat(loaded.history().of("127.100.0.9")).isPresent();
        assertThat(loaded.history().of("127.100.0.1")).isEmpty();
        assertThat(String.join("\n", loaded.warnings())).containsAnyOf("larger than 2048 bytes", "not a timestamp");
    }

    @Test
    void unreadableBaselineIsAnErrorAndNothingGivenIsEmpty(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"scan\": 5");
        assertThatThrownBy(() -> new AuditHistoryLoader().load(Optional.of(bad), Optional.empty()))
                .hasMessageContaining("not a Blindspot report");
        assertThat(new AuditHistoryLoader().load(Optional.empty(), Optional.empty())).isEmpty();
    }
}
