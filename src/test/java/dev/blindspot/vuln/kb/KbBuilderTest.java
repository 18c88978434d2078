package dev.blindspot.vuln.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbBuilderTest {

    static KnowledgeBase buildFromShared(String date) {
        Path d = SharedVulnData.dir();
        return KbBuilder.build(List.of(d.resolve("nvd"), d.resolve("nvd-partial")),
                Optional.of(d.resolve("kev/known_exploited_vulnerabilities.json")), List.of(d.resolve("cve5")), date);
    }

    /** The bundled vuln/kb.json is exactly what db update builds from ../shared/data/vulns (only the date may differ). */
    @Test
    void bundledKnowledgeBaseEqualsARebuildFromTheSharedData() {
        KnowledgeBase bundled = KbFile.bundled();
        KnowledgeBase rebuilt = buildFromShared(bundled.built());
        assertThat(KbFile.toJson(rebuilt)).as("rebuild with: blindspot db update (README, Vulnerability knowledge base)")
                .isEqualTo(KbFile.toJson(bundled));
    }

    @Test
    void keepsEveryRecordAndReportsTheTruncatedOnes() {
        KnowledgeBase kb = buildFromShared("2026-01-01");
        assertThat(kb.sources().nvdFiles()).hasSize(105);
        assertThat(kb.sources().cve5Files()).hasSize(37);
        assertThat(kb.sources().skipped()).extracting(KbSources.Skipped::file).containsExactlyInAnyOrder(
                "CVE-2017-16725.partial.json", "CVE-2018-10660.partial.json", "CVE-2018-10661.partial.json",
                "CVE-2021-36260.partial.json");
        assertThat(kb.sources().skipped()).allSatisfy(s -> assertThat(s.reason()).startsWith("not valid JSON"));
        // 105 NVD records + 2 CVEs known only from their CVE 5 record (their NVD records are truncated)
        assertThat(kb.vulnerabilities()).hasSize(107);
        assertThat(kb.find("CVE-2021-36260")).get().satisfies(v -> {
            assertThat(v.kev()).get().extracting(Vulnerability.KevEntry::dateAdded).isEqualTo("2022-01-10");
            assertThat(v.sources()).containsExactly("CVE-2021-36260.json", "known_exploited_vulnerabilities.json");
        });
        assertThat(kb.kevCount()).isEqualTo(19);
        assertThat(kb.sources().kev()).get().satisfies(k -> {
            assertThat(k.catalogVersion()).isEqualTo("2025.08.25");
            assertThat(k.dateReleased()).startsWith("2025-08-25");
        });
        Vulnerability dahua = kb.find("CVE-2021-33044").orElseThrow();
        assertThat(dahua.cvss()).get().extracting(Vulnerability.Cvss::score).isEqualTo(9.8);
        assertThat(dahua.cpe()).anySatisfy(t -> {
            assertThat(t.criteria()).isEqualTo("cpe:2.3:o:dahuasecurity:ipc-hum7xxx_firmware:*:*:*:*:*:*:*:*");
            assertThat(t.versionEndExcluding()).contains("2.820.0000000.5.r.210705");
            assertThat(t.runningOn()).containsExactly("cpe:2.3:h:dahuasecurity:ipc-hum7xxx:-:*:*:*:*:*:*:*");
        });
        // no NVD configuration: the CVE 5 affected versions are kept
        assertThat(kb.find("CVE-2024-52544").orElseThrow().affected()).singleElement()
                .satisfies(a -> assertThat(a.versions().getFirst().lessThan()).contains("2.800.0000000.8.R.20241111"));
    }

    @Test
    void truncatedRecordIsAClearErrorNamingTheFile() {
        Path partial = SharedVulnData.dir().resolve("nvd-partial/CVE-2021-36260.partial.json");
        assertThatThrownBy(() -> NvdReader.read(partial)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("CVE-2021-36260.partial.json: not valid JSON (truncated or malformed) at line");
    }

    @Test
    void readsTheApiAndFeedShape(@TempDir Path tmp) throws Exception {
        String record = Files.readString(SharedVulnData.dir().resolve("nvd/CVE-2019-11001.json"));
        Path feed = tmp.resolve("nvdcve-2.0-2019.json");
        Files.writeString(feed, "{\"resultsPerPage\":1,\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"vulnerabilities\":[{\"cve\":"
                + record + "}]}");
        List<Vulnerability> vs = NvdReader.read(feed);
        assertThat(vs).singleElement().satisfies(v -> {
            assertThat(v.cve()).isEqualTo("CVE-2019-11001");
            assertThat(v.sources()).containsExactly("nvdcve-2.0-2019.json");
            assertThat(v.cpe()).isNotEmpty().allSatisfy(t -> assertThat(t.versionEndIncluding()).contains("1.0.227"));
        });
    }

    @Test
    void wrongShapesAndOversizedFilesAreSkippedNotFatal(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.json"), "{\"hello\": 1}");
        Files.writeString(tmp.resolve("b.json"), "[1, 2");
        Files.writeString(tmp.resolve("c.json"), "{\"id\": \"not-a-cve\"}");
        KnowledgeBase kb = KbBuilder.build(List.of(tmp), Optional.of(tmp.resolve("a.json")), List.of(tmp.resolve("c.json")), "2026-01-01");
        assertThat(kb.vulnerabilities()).isEmpty();
        assertThat(kb.sources().skipped()).extracting(KbSources.Skipped::file)
                .containsExactly("a.json", "b.json", "c.json", "c.json", "a.json");
        assertThat(kb.sources().skipped().get(4).reason()).contains("not a CISA KEV catalog");
        assertThatThrownBy(() -> JsonSource.read(tmp.resolve("a.json"), 4)).hasMessageContaining("larger than 4 bytes");
    }

    @Test
    void fileRoundTrips(@TempDir Path tmp) throws Exception {
        KnowledgeBase kb = KbFile.bundled();
        KbFile.write(kb, tmp.resolve("kb.json"));
        assertThat(KbFile.read(tmp.resolve("kb.json"))).isEqualTo(kb);
    }
}
