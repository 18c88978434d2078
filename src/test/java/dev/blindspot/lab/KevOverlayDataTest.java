package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Consistency of vuln/overlay/kev-cameras.yaml with the KEV lab: every entry names a KEV camera CVE, cites a source,
 * has a match and a no-match example that its model pattern and a plain numeric reading of its bounds agree with,
 * and the lab's planted devices agree with the entries (H2's matcher runs the examples with the real version schemes).
 */
class KevOverlayDataTest {

    private static final Set<String> KEV = Set.of("CVE-2021-36260", "CVE-2021-33044", "CVE-2021-33045",
            "CVE-2020-5735", "CVE-2019-11001", "CVE-2021-40407", "CVE-2024-11120", "CVE-2024-6047",
            "CVE-2019-20085", "CVE-2018-14933", "CVE-2022-23227", "CVE-2016-11021", "CVE-2020-25078",
            "CVE-2020-25079", "CVE-2022-40799", "CVE-2025-1316", "CVE-2024-8956", "CVE-2024-8957", "CVE-2023-47565");

    private static JsonNode overlay() throws Exception {
        try (InputStream in = KevOverlayDataTest.class.getResourceAsStream("/vuln/overlay/kev-cameras.yaml")) {
            return new YAMLMapper().readTree(in);
        }
    }

    /** A simple reading of the entry: model pattern and numeric version bounds (digit groups in order). */
    private static boolean matches(JsonNode e, String model, String firmware) {
        if (e.has("models") && !Pattern.compile(e.get("models").asText(), Pattern.CASE_INSENSITIVE)
                .matcher(model).matches()) {
            return false;
        }
        if (e.has("from") && numeric(firmware, e.get("from").asText()) < 0) {
            return false;
        }
        if (e.has("before") && numeric(firmware, e.get("before").asText()) >= 0) {
            return false;
        }
        return !e.has("through") || numeric(firmware, e.get("through").asText()) <= 0;
    }

    private static int numeric(String a, String b) {
        String[] x = a.replaceAll("^[^0-9]+", "").split("[^0-9]+");
        String[] y = b.replaceAll("^[^0-9]+", "").split("[^0-9]+");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length && !x[i].isEmpty() ? Long.parseLong(x[i]) : 0;
            long q = i < y.length && !y[i].isEmpty() ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    @Test
    void everyEntryIsAKevCameraCveWithSourceAndBothKindsOfExample() throws Exception {
        JsonNode root = overlay();
        assertThat(root.isArray()).isTrue();
        for (JsonNode e : root) {
            String cve = e.path("cve").asText();
            assertThat(KEV).as(cve).contains(cve);
            assertThat(e.path("source").asText()).as(cve).contains("http");
            assertThat(e.has("fixed") || e.has("noFix")).as(cve + " fixed or noFix").isTrue();
            List<Boolean> kinds = new ArrayList<>();
            for (JsonNode x : e.path("examples")) {
                boolean expected = x.path("match").asBoolean();
                kinds.add(expected);
                assertThat(matches(e, x.path("model").asText(), x.path("firmware").asText()))
                        .as("%s example %s %s", cve, x.path("model").asText(), x.path("firmware").asText())
                        .isEqualTo(expected);
            }
            assertThat(kinds).as(cve).contains(true, false);
        }
    }

    @Test
    void theIndexListsTheFile() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/vuln/overlay/index.txt")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()).contains("kev-cameras.yaml");
        }
    }

    @Test
    void theLabsPlantedDevicesAgreeWithTheOverlay() throws Exception {
        JsonNode root = overlay();
        for (KevFleet.Entry device : KevFleet.ENTRIES) {
            for (JsonNode e : root) {
                if (!e.path("vendor").asText().equals(device.spec().vendor())) {
                    continue;
                }
                String cve = e.path("cve").asText();
                assertThat(matches(e, device.spec().model(), device.spec().firmware()))
                        .as("%s on %s %s", cve, device.spec().model(), device.spec().firmware())
                        .isEqualTo(device.cves().contains(cve));
            }
        }
    }
}
