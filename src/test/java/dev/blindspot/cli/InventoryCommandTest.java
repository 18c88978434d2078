package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.lab.Fleets;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.ReportSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code blindspot inventory} and {@code scan --inventory-only} against the demo fleet on loopback. */
class InventoryCommandTest {

    private static RunningLab lab;
    private static String range;
    private static String ports;

    @BeforeAll
    static void start() {
        lab = Lab.start(Fleets.demo(), LabOptions.defaults().withFirstAddress("127.56.0.1"));
        range = lab.devices().getFirst().address() + "-" + lab.devices().getLast().address();
        ports = LabPorts.of(lab.devices()).toString();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    private static int attempts() {
        return lab.devices().stream().mapToInt(d -> lab.attempts(d.address()).values().stream()
                .mapToInt(a -> a.total()).sum()).sum();
    }

    @Test
    void inventoryListsAssetsWithBrandManufacturerAndCpeAndTriesNoLogin(@TempDir Path dir) throws Exception {
        int before = attempts();
        Path json = dir.resolve("inventory.json");
        CliTest.Run run = CliTest.run("inventory", range, "--ports", ports, "-o", json.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(attempts()).as("an inventory makes no login attempt").isEqualTo(before);

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(new ReportSchema().errors(report)).isEmpty();
        assertThat(report.at("/scan/checksRun").asBoolean()).isFalse();
        assertThat(report.at("/scan/profile").asText()).isEqualTo("safe");
        assertThat(report.get("findings")).isEmpty();

        Map<String, JsonNode> assets = new HashMap<>();
        report.get("assets").forEach(a -> assets.put(a.get("address").asText(), a));
        for (LabDevice d : lab.devices()) {
            JsonNode a = assets.get(d.address());
            if (a == null || a.get("vendor").isNull()) {
                continue;
            }
            assertThat(a.get("manufacturer").isNull()).as(d.address()).isFalse();
            assertThat(a.get("confidence").asText()).as(d.address()).isIn("high", "medium", "low");
        }
        List<String> oem = new ArrayList<>();
        List<String> cpe = new ArrayList<>();
        assets.values().forEach(a -> {
            if (!a.get("vendor").asText().equals(a.get("manufacturer").asText())) {
                oem.add(a.get("vendor").asText() + "->" + a.get("manufacturer").asText());
            }
            a.get("cpe").forEach(c -> cpe.add(c.asText()));
        });
        assertThat(oem).contains("Amcrest->Dahua");
        assertThat(cpe).anyMatch(c -> c.startsWith("cpe:2.3:o:axis:") && c.contains("_firmware:"));
        assertThat(run.out()).contains("inventory: ").contains("Amcrest (Dahua)");
    }

    @Test
    void csvHasOneRowPerAssetAndTheSameIdentities(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("inventory.csv");
        Path json = dir.resolve("inventory.json");
        assertThat(CliTest.run("inventory", range, "--ports", ports, "--format", "csv", "-o", csv.toString()).code()).isZero();
        assertThat(CliTest.run("scan", "--inventory-only", range, "--ports", ports, "-o", json.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(csv);
        JsonNode assets = new ObjectMapper().readTree(json.toFile()).get("assets");
        assertThat(lines.getFirst()).isEqualTo("address,vendor,manufacturer,model,firmware,device_class,confidence,cpe,ports,evidence");
        assertThat(lines).hasSize(assets.size() + 1);
        for (JsonNode a : assets) {
            String prefix = a.get("address").asText() + "," + (a.get("vendor").isNull() ? "" : a.get("vendor").asText()) + ",";
            assertThat(lines).as(prefix).anyMatch(l -> l.startsWith(prefix));
        }
    }

    @Test
    void anInventoryWithAGivenProfileMayLogInAndUnknownFormatsAreUsageErrors(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("std.json");
        assertThat(CliTest.run("scan", "--inventory-only", "--profile", "standard", range, "--ports", ports, "-o",
                json.toString()).code()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.at("/scan/profile").asText()).isEqualTo("standard");
        assertThat(report.get("findings")).isEmpty();

        CliTest.Run docx = CliTest.run("scan", range, "--format", "docx");
        assertThat(docx.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(docx.err()).contains("json, html, sarif, csv, md, junit, pdf");
        assertThat(CliTest.run("inventory", range, "--format", "docx").err()).startsWith("blindspot inventory: ").contains("json, html, sarif, csv");
    }
}
