package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Safe active checks end to end in the lab (127.80.1.0/24): each vendor's vulnerable firmware and the same spec on
 * fixed firmware, scanned with profile safe (nothing sent: the devices' probe counters stay at zero, results
 * UNKNOWN) and then standard (vulnerable firmware FAILs with the CVE, fixed firmware PASSes, exactly as planted).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActiveChecksLabScanTest {

    private static final String FIRST = "127.80.1.1";
    private static final String STRONG = "Ac7!vQ2#zLp9";

    private RunningLab lab;
    private Report safe;
    private Map<String, Integer> probesAfterSafe;
    private Report standard;

    @BeforeAll
    void scanLab() throws Exception {
        List<DeviceSpec> specs = List.of(
                spec(DeviceKind.HIKVISION_CAMERA),                                              // .1 V5.2.0 build 140721: 7921
                spec(DeviceKind.HIKVISION_CAMERA).withFirmware("V5.4.5 build 170123"),          // .2 fixed
                spec(DeviceKind.DAHUA_CAMERA),                                                  // .3 2020-06-05: 33044, 33045
                spec(DeviceKind.DAHUA_CAMERA).withFirmware("2.820.0000000.18.R,build:2021-07-05"), // .4 fixed
                spec(DeviceKind.DAHUA_OLD_CAMERA),                                              // .5 2014: 7925
                spec(DeviceKind.DAHUA_OLD_CAMERA).withFirmware("2.460.0000000.2.R,build:2017-04-20"), // .6 fixed
                spec(DeviceKind.DAHUA_CAMERA).withVendor("Amcrest").withModel("IPM-721S")
                        .withFirmware("2.420.AC00.16.R,build:2016-09-09"),                      // .7 8229
                spec(DeviceKind.DAHUA_CAMERA).withVendor("Amcrest").withModel("IPM-721S")
                        .withFirmware("2.420.AC00.17.R,build:2017-03-07"),                      // .8 fixed
                spec(DeviceKind.REOLINK_CAMERA).withModel("E1 Zoom").withFirmware("v3.0.0.716_21012800"), // .9 40150
                spec(DeviceKind.REOLINK_CAMERA).withModel("E1 Zoom").withFirmware("v3.0.0.2356_23062000"), // .10 fixed
                spec(DeviceKind.AXIS_CAMERA));                                                  // .11 no check applies
        lab = Lab.start(specs, LabOptions.defaults().withFirstAddress(FIRST));
        safe = LabScans.scan(lab, ScanProfile.safe());
        probesAfterSafe = lab.devices().stream().collect(Collectors.toMap(LabDevice::address,
                d -> lab.vulnerabilityProbes(d.address())));
        standard = LabScans.scan(lab, ScanProfile.standard());
    }

    private static DeviceSpec spec(DeviceKind kind) {
        return DeviceSpec.defaults(kind).withPassword(STRONG);
    }

    @AfterAll
    void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void profileSafeSendsNothingAndSaysSo() {
        assertThat(probesAfterSafe).allSatisfy((address, probes) -> assertThat(probes).as(address).isZero());
        List<FindingEntry> results = results(safe, null);
        assertThat(results).isNotEmpty().allSatisfy(f -> {
            assertThat(f.status()).isEqualTo("unknown");
            assertThat(f.reason()).contains("profile safe");
        });
    }

    @Test
    void vulnerableFirmwareFailsWithItsCveAndFixedFirmwarePasses() {
        assertThat(pairs("fail")).containsExactly(
                "127.80.1.1 CVE-2017-7921", "127.80.1.3 CVE-2021-33044", "127.80.1.3 CVE-2021-33045",
                "127.80.1.5 CVE-2017-7925", "127.80.1.7 CVE-2017-8229", "127.80.1.9 CVE-2021-40149", "127.80.1.9 CVE-2021-40150");
        assertThat(pairs("pass")).contains(
                "127.80.1.2 CVE-2017-7921", "127.80.1.4 CVE-2021-33044", "127.80.1.4 CVE-2021-33045",
                "127.80.1.4 CVE-2017-7925", "127.80.1.3 CVE-2017-7925", "127.80.1.6 CVE-2017-7925",
                "127.80.1.8 CVE-2017-8229", "127.80.1.10 CVE-2021-40149", "127.80.1.10 CVE-2021-40150");
        assertThat(results(standard, null)).noneMatch(f -> f.asset().equals("127.80.1.11"));
        assertThat(lab.vulnerabilityProbes("127.80.1.1")).isPositive();
    }

    @Test
    void scoreMatchesTheAnswerKey() {
        LabScore score = LabScore.of(standard, lab.answerKey());
        assertThat(score.misses()).isEmpty();
        assertThat(score.falseAlarms()).isEmpty();
        assertThat(score.vendorsRight()).isEqualTo(lab.devices().size());
        assertThat(lab.answerKey().devices()).filteredOn(d -> d.failing().contains("vulnerability-confirmed"))
                .extracting(d -> d.address()).containsExactly("127.80.1.1", "127.80.1.3", "127.80.1.5", "127.80.1.7",
                        "127.80.1.9");
    }

    @Test
    void evidenceKeepsMarkersNeverTheDisclosedFile() {
        FindingEntry passwd = results(standard, "fail").stream().filter(f -> f.asset().equals("127.80.1.5"))
                .findFirst().orElseThrow();
        assertThat(passwd.severity().toString()).isEqualToIgnoringCase("critical");
        assertThat(passwd.evidence()).contains("CVE-2017-7925", "\"id:name:passwd\"", "bytes")
                .doesNotContain("AUTH_USER_MAG", ":1:1:1:", STRONG);
        assertThat(passwd.references()).contains("https://www.cve.org/CVERecord?id=CVE-2017-7925");
        FindingEntry bypass = results(standard, "fail").stream().filter(f -> f.asset().equals("127.80.1.3"))
                .findFirst().orElseThrow();
        assertThat(bypass.evidence()).contains("session closed");
    }

    private static List<FindingEntry> results(Report report, String status) {
        return report.findings().stream().filter(f -> f.checkId().equals("vulnerability-confirmed")
                && (status == null || f.status().equals(status))).toList();
    }

    private Set<String> pairs(String status) {
        Set<String> out = new TreeSet<>((a, b) -> {
            int c = dev.blindspot.inventory.Inventory.compareAddresses(a.split(" ")[0], b.split(" ")[0]);
            return c != 0 ? c : a.compareTo(b);
        });
        for (FindingEntry f : results(standard, status)) {
            String cve = f.evidence().substring(0, f.evidence().indexOf(' '));
            out.add(f.asset() + " " + cve);
        }
        return out;
    }
}
