package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.Report;
import dev.blindspot.report.ReportJson;
import dev.blindspot.scan.ScanProfile;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Firmware after login: when the second pass finds a vendor default password, the scanner reads the device's own
 * identity with it (Hikvision ISAPI deviceInfo, Dahua magicBox getSystemInfo/getSoftwareVersion) and reports model,
 * firmware and class from it (the Dahua NVR, which looks like a camera before login, becomes a recorder). Devices
 * with their own password get no reads; the reads cost no failed attempt and the password appears nowhere.
 */
class FirmwareAfterLoginLabScanTest {

    @Test
    void provenCredentialsReadModelFirmwareAndClass() throws Exception {
        List<DeviceSpec> specs = List.of(
                DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA),                                     // .1 admin/12345
                DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA).withModel("DS-2CD2386G2-IU")
                        .withFirmware("V5.7.18 build 240826").withPassword("12345"),                  // .2 new layout
                DeviceSpec.defaults(DeviceKind.HIKVISION_NVR).withPassword("12345"),                  // .3
                DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA).withPassword("admin"),                   // .4
                DeviceSpec.defaults(DeviceKind.DAHUA_NVR).withPassword("admin"),                      // .5
                DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA).withVendor("Amcrest").withPassword("admin"), // .6
                DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA),                                     // .7 admin/admin
                DeviceSpec.defaults(DeviceKind.HIKVISION_NVR));                                       // .8 strong
        try (RunningLab lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.54.210.1"))) {
            Report report = LabScans.scan(lab, ScanProfile.standard());
            LabScore score = LabScore.of(report, lab.answerKey());
            assertThat(score.misses()).isEmpty();
            assertThat(score.falseAlarms()).isEmpty();
            assertThat(score.wrongVendors()).as(score.render()).isEmpty();
            assertThat(score.classesRight()).as(score.render()).isEqualTo(specs.size());
            Map<String, AssetEntry> assets = report.assets().stream()
                    .collect(Collectors.toMap(AssetEntry::address, Function.identity()));
            String json = new ReportJson().toJson(report);
            for (LabDevice d : lab.devices()) {
                AssetEntry a = assets.get(d.address());
                boolean proven = d.failing().contains("default-credentials-accepted");
                String api = d.vendor().equals("Hikvision") ? "vendor.hikvision.deviceinfo" : "vendor.dahua.systeminfo";
                if (proven) {
                    assertThat(a.model()).as(d.address()).contains(d.model());
                    assertThat(a.firmware()).as(d.address()).contains(d.firmware());
                    assertThat(a.evidence()).as(d.address()).anyMatch(e -> e.source().equals(api));
                } else {
                    assertThat(a.evidence()).as(d.address()).noneMatch(e -> e.source().equals(api));
                }
                assertThat(a.deviceClass()).as(d.address()).contains(d.deviceClass().wireName());
                lab.attempts(d.address()).forEach((account, n) -> assertThat(n.failed()).as(account).isLessThanOrEqualTo(3));
                if (d.spec().password().length() > 5) {
                    assertThat(json).doesNotContain(d.spec().password());
                }
            }
            assertThat(json).doesNotContain("admin:12345", "admin:admin\"", "Authorization");
            assertThat(assets.get("127.54.210.6").vendor()).contains("Amcrest");
            assertThat(assets.get("127.54.210.5").deviceClass()).contains("recorder");
        }
    }

    @Test
    void univiewLapiAndHanwhaSunapiDeviceInfoAfterLogin() throws Exception {
        List<DeviceSpec> specs = List.of(
                DeviceSpec.defaults(DeviceKind.UNIVIEW_CAMERA).withPassword("123456"),               // .1 vendor default
                DeviceSpec.defaults(DeviceKind.HANWHA_CAMERA).withPassword("4321"),                  // .2 vendor default
                DeviceSpec.defaults(DeviceKind.UNIVIEW_CAMERA).withPassword("a-strong-one-9f2k"),    // .3 own password
                DeviceSpec.defaults(DeviceKind.HANWHA_CAMERA).withPassword("a-strong-one-9f2k"));    // .4 own password
        try (RunningLab lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.56.210.1"))) {
            Report report = LabScans.scan(lab, ScanProfile.standard());
            LabScore score = LabScore.of(report, lab.answerKey());
            assertThat(score.misses()).isEmpty();
            assertThat(score.falseAlarms()).isEmpty();
            assertThat(score.wrongVendors()).as(score.render()).isEmpty();
            Map<String, AssetEntry> assets = report.assets().stream()
                    .collect(Collectors.toMap(AssetEntry::address, Function.identity()));
            for (LabDevice d : lab.devices()) {
                AssetEntry a = assets.get(d.address());
                String api = d.vendor().equals("Uniview") ? "vendor.uniview.deviceinfo" : "vendor.hanwha.deviceinfo";
                if (d.failing().contains("default-credentials-accepted")) {
                    assertThat(a.model()).as(d.address()).contains(d.model());
                    assertThat(a.firmware()).as(d.address()).contains(d.firmware());
                    assertThat(a.deviceClass()).as(d.address()).contains("camera");
                    assertThat(a.evidence()).as(d.address()).anyMatch(e -> e.source().equals(api));
                } else {
                    assertThat(a.evidence()).as(d.address()).noneMatch(e -> e.source().equals(api));
                }
            }
            assertThat(lab.devices()).filteredOn(d -> d.failing().contains("default-credentials-accepted")).hasSize(2);
            String json = new ReportJson().toJson(report);
            assertThat(json).doesNotContain("SerialNumber", "ConnectedMACAddress", "a-strong-one-9f2k");
        }
    }
}
