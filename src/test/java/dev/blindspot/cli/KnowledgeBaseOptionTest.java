package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.vuln.kb.KbFile;
import dev.blindspot.vuln.kb.KnowledgeBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --kb FILE}: a knowledge base rebuilt with {@code db update} is the one scans match against (127.121.0.x). */
class KnowledgeBaseOptionTest {

    private static List<String> cves(Path report) throws Exception {
        JsonNode r = new ObjectMapper().readTree(report.toFile());
        List<String> out = new ArrayList<>();
        r.get("findings").forEach(f -> {
            if (f.get("checkId").asText().equals("firmware-known-vulnerability") && f.get("status").asText().equals("fail")) {
                out.add(f.get("evidence").asText().split(",")[0]);
            }
        });
        return out;
    }

    @Test
    void scansMatchAgainstTheGivenKnowledgeBaseAndSayWhichOne(@TempDir Path dir) throws Exception {
        KnowledgeBase bundled = KbFile.bundled();
        KnowledgeBase without7921 = new KnowledgeBase(bundled.format(), "2026-11-22", bundled.sources(),
                bundled.vulnerabilities().stream().filter(v -> !v.cve().equals("CVE-2017-7921")).toList());
        Path kb = dir.resolve("kb.json");
        KbFile.write(without7921, kb);

        // the default Hikvision camera runs V5.2.0 build 140721: CVE-2017-7921 and CVE-2017-7923 by version
        try (RunningLab lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA)),
                LabOptions.defaults().withFirstAddress("127.121.0.1"))) {
            String target = lab.devices().getFirst().address();
            String ports = LabPorts.of(lab.devices()).toString();
            Path plain = dir.resolve("plain.json");
            Path custom = dir.resolve("custom.json");
            assertThat(CliTest.run("scan", target, "--ports", ports, "-o", plain.toString()).code()).isIn(0, 1);
            CliTest.Run run = CliTest.run("scan", target, "--ports", ports, "--kb", kb.toString(), "-o", custom.toString());
            assertThat(run.code()).as(run.err()).isIn(0, 1);

            assertThat(cves(plain)).contains("CVE-2017-7921", "CVE-2017-7923");
            assertThat(cves(custom)).contains("CVE-2017-7923").doesNotContain("CVE-2017-7921");
            assertThat(new ObjectMapper().readTree(custom.toFile()).at("/scan/notes").toString())
                    .contains("vulnerability knowledge base: " + kb).contains("built 2026-11-22");
        }

        Path junk = dir.resolve("junk.json");
        Files.writeString(junk, "{\"format\": 1");
        CliTest.Run bad = CliTest.run("scan", "127.121.0.9", "--kb", junk.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).startsWith("blindspot scan: ").contains("junk.json");
    }
}
