package dev.blindspot.protocol.active;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.blindspot.inventory.ActiveCheckVerdict;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Identity;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled data file and its validation. */
class ActiveChecksTest {

    @Test
    void bundledFileHasTheRequiredCvesEachWithASourceAndAdvisories() {
        List<ActiveCheck> all = ActiveChecks.bundled().all();
        assertThat(all).extracting(ActiveCheck::cve).contains("CVE-2017-7921", "CVE-2021-33044", "CVE-2021-33045",
                "CVE-2018-9995", "CVE-2017-7925", "CVE-2017-8229", "CVE-2021-40150", "CVE-2020-25078");
        for (ActiveCheck c : all) {
            assertThat(c.source()).as(c.id()).contains("active-checks.json id " + c.cve());
            assertThat(c.references()).as(c.id()).anyMatch(u -> u.contains(c.cve()));
            assertThat(c.intrusive()).as(c.id() + ": the bundled entries are all read-only").isFalse();
            assertThat(c.maxRequests()).isBetween(1, ActiveChecks.MAX_REQUESTS_PER_CHECK);
            assertThat(ActiveChecks.NEVER_PROBED).doesNotContain(c.cve());
        }
    }

    /** Runs every entry's matchers on its own vulnerable and fixed example answers (also done on load). */
    @Test
    void everyEntrysMatchersJudgeItsExamplePairRight() throws Exception {
        Shapes.FileShape file;
        try (InputStream in = ActiveChecks.class.getResourceAsStream(ActiveChecks.RESOURCE)) {
            file = new YAMLMapper().readValue(in, Shapes.FileShape.class);
        }
        assertThat(file.checks()).hasSameSizeAs(ActiveChecks.bundled().all());
        for (Shapes.CheckShape shape : file.checks()) {
            ActiveCheck check = ActiveChecks.bundled().byId(shape.id()).orElseThrow();
            assertThat(ActiveChecks.example(check, shape.examples().vulnerable())).as(check.id())
                    .isInstanceOf(ActiveCheckVerdict.Vulnerable.class);
            assertThat(ActiveChecks.example(check, shape.examples().fixed())).as(check.id())
                    .isInstanceOf(ActiveCheckVerdict.NotVulnerable.class);
            // the fixed answer never satisfies the vulnerable matcher, and an error page proves nothing
            assertThat(check.judge(500, "Content-Type: text/html\n", "<html>Internal error</html>", 27))
                    .as(check.id()).isInstanceOf(ActiveCheckVerdict.Inconclusive.class);
        }
    }

    @Test
    void evidenceNamesMarkersAndSizeNeverTheBody() {
        ActiveCheck dlink = ActiveChecks.bundled().all().stream().filter(c -> c.cve().equals("CVE-2020-25078"))
                .findFirst().orElseThrow();
        ActiveCheckVerdict v = dlink.judge(200, "Content-Type: text/plain\n", "name=admin\npass=S3cr3tPw\n", 26);
        assertThat(v).isInstanceOf(ActiveCheckVerdict.Vulnerable.class);
        String evidence = ((ActiveCheckVerdict.Vulnerable) v).evidence();
        assertThat(evidence).contains("\"name=\"", "\"pass=\"", "26 bytes").doesNotContain("S3cr3tPw", "admin");
    }

    @Test
    void vendorGateUsesVendorOrManufacturer() {
        ActiveChecks checks = ActiveChecks.bundled();
        assertThat(checks.applicable(identity("Amcrest", "Dahua"))).extracting(ActiveCheck::cve)
                .contains("CVE-2017-8229", "CVE-2021-33044", "CVE-2021-33045", "CVE-2017-7925")
                .doesNotContain("CVE-2017-7921");
        assertThat(checks.applicable(identity("Hikvision", "Hikvision"))).extracting(ActiveCheck::cve)
                .containsExactly("CVE-2017-7921");
        assertThat(checks.applicable(identity("Axis", null))).isEmpty();
        assertThat(checks.applicable(Identity.unknown())).isEmpty();
    }

    private static Identity identity(String vendor, String manufacturer) {
        return new Identity(Optional.of(vendor), Optional.ofNullable(manufacturer), Optional.empty(), Optional.empty(),
                Optional.of(DeviceClass.CAMERA), Optional.empty(), List.of(), List.of());
    }

    static final String GOOD = """
            version: 1
            checks:
              - id: test-entry
                cve: CVE-2018-9995
                title: Test
                vendors: [TVT]
                intrusive: false
                requests:
                  - {method: GET, path: '/device.rsp?opt=user&cmd=list', headers: {Cookie: uid=admin}}
                vulnerable: {status: [200], body: {all: ['"pwd":']}}
                notVulnerable: {status: [401]}
                source: {template: "active-checks.json id CVE-2018-9995", advisories: [https://nvd.nist.gov/vuln/detail/CVE-2018-9995]}
                examples:
                  vulnerable: {status: 200, body: '{"pwd":"x"}'}
                  fixed: {status: 401}
            """;

    static ActiveChecks parse(String yaml) throws Exception {
        return ActiveChecks.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGoodEntryLoads() throws Exception {
        assertThat(parse(GOOD).all()).hasSize(1);
    }

    @Test
    void entriesBreakingTheRulesAreRefused() {
        assertRefused(GOOD.replace("source: {template: \"active-checks.json id CVE-2018-9995\", ", "source: {"),
                "source");
        assertRefused(GOOD.replace("    source:", "    sourceless:"), "");
        assertRefused(GOOD.replace("method: GET", "method: PUT"), "only GET and POST");
        assertRefused(GOOD.replace("CVE-2018-9995\n", "CVE-2021-36260\n"), "command injection");
        assertRefused(GOOD.replace("vendors: [TVT]", "vendors: []"), "vendor gate");
        assertRefused(GOOD.replace("      fixed: {status: 401}\n", ""), "vulnerable and a fixed example");
        assertRefused(GOOD.replace("fixed: {status: 401}", "fixed: {status: 200, body: '{\"pwd\":\"\"}'}"),
                "fixed example");
        assertRefused(GOOD.replace("vulnerable: {status: 200, body: '{\"pwd\":\"x\"}'}", "vulnerable: {status: 200}"),
                "vulnerable example");
        assertRefused(GOOD.replace("headers: {Cookie: uid=admin}", "headers: {Host: evil}"), "header");
        String three = GOOD.replace("\n    vulnerable: {status",
                "\n      - {method: GET, path: /a}\n      - {method: GET, path: /b}\n    vulnerable: {status");
        assertRefused(three, "more than 2 requests");
        assertRefused(GOOD.replace("    intrusive: false\n", ""), "intrusive");
    }

    private static void assertRefused(String yaml, String message) {
        assertThatThrownBy(() -> parse(yaml)).as(message).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
