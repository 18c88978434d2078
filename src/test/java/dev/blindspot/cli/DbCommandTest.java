package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blindspot.vuln.kb.KbFile;
import dev.blindspot.vuln.kb.KnowledgeBase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCommandTest {

    private static final Path DATA = Files.isDirectory(Path.of("../shared/data/vulns/nvd"))
            ? Path.of("../shared/data/vulns") : Path.of("/work/shared/data/vulns");

    @Test
    void updateBuildsAFileAndReportsSkippedFilesAndInfoShowsIt(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(DATA.resolve("nvd")) || "true".equals(System.getenv("CI")), "no shared/data/vulns");
        Path out = dir.resolve("kb.json");
        CliTest.Run r = CliTest.run("db", "update", "--nvd", DATA.resolve("nvd/CVE-2021-33044.json").toString(),
                "--nvd", DATA.resolve("nvd-partial").toString(),
                "--kev", DATA.resolve("kev/known_exploited_vulnerabilities.json").toString(),
                "--cve5", DATA.resolve("cve5/CVE-2017-7921.json").toString(), "-o", out.toString(), "--date", "2026-01-02");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 CVEs (1 in CISA KEV) from 1 NVD files, 1 CVE 5 records; 4 files skipped");
        assertThat(r.err()).contains("skipped CVE-2021-36260.partial.json: not valid JSON (truncated or malformed)");
        KnowledgeBase kb = KbFile.read(out);
        assertThat(kb.built()).isEqualTo("2026-01-02");
        assertThat(kb.sources().kev()).get().satisfies(k -> assertThat(k.catalogVersion()).isEqualTo("2025.08.25"));

        CliTest.Run info = CliTest.run("db", "info", "--kb", out.toString());
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("built 2026-01-02").contains("CVEs: 2 (1 with an NVD configuration")
                .contains("CISA KEV: 1 of them; catalog known_exploited_vulnerabilities.json version 2025.08.25")
                .contains("skipped at build: CVE-2018-10660.partial.json");
    }

    @Test
    void infoDescribesTheBundledKnowledgeBase() {
        CliTest.Run r = CliTest.run("db", "info");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("knowledge base: bundled /vuln/kb.json").contains("CVEs: 107")
                .contains("CISA KEV: 19 of them").contains("version 2025.08.25").contains("curated overlay:")
                .contains("curated.yaml=");
    }

    @Test
    void missingInputIsAUsageError(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("db", "update", "--nvd", dir.resolve("nope").toString(), "-o", dir.resolve("k.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("not found");
    }
}
