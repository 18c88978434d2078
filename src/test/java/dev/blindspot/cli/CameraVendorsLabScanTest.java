package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.lab.AccountAttempts;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.OnvifAuthMode;
import dev.blindspot.lab.RtspAuth;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real scanner against labs of the Hikvision NVR, the Dahua family (Dahua, Amcrest, Lorex; cameras and NVRs)
 * and the Axis camera, each with its factory password planted or not and other weaknesses on or off: nothing
 * planted is missed, nothing else is flagged, every vendor is named right, and no device sees more failed logins
 * than the budget allows (nor enough to lock it). Addresses: 127.32.0.0/16.
 */
class CameraVendorsLabScanTest {

    @Test
    void hikvisionNvrs() throws Exception {
        DeviceSpec nvr = DeviceSpec.defaults(DeviceKind.HIKVISION_NVR);
        List<DeviceSpec> specs = List.of(nvr, nvr.withPassword("12345"),
                nvr.withOnvifAuthMode(OnvifAuthMode.OPEN).withRtspAuth(RtspAuth.NONE),
                nvr.withModel("DS-7616NI-K2").withFirmware("V4.74.210 build 240108").withPassword("12345"));
        Report report = scanAndScore("127.32.1.1", specs, 0);
        for (AssetEntry asset : report.assets()) {
            assertThat(asset.deviceClass()).as("class of %s", asset.address()).contains("recorder");
        }
    }

    @Test
    void dahuaFamily() throws Exception {
        DeviceSpec camera = DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA);
        DeviceSpec nvr = DeviceSpec.defaults(DeviceKind.DAHUA_NVR);
        List<DeviceSpec> specs = List.of(camera, camera.withPassword("admin"),
                camera.withVendor("Amcrest").withModel("IP8M-2496EB").withPassword("admin"),
                camera.withVendor("Lorex").withModel("LNB8005").withOnvifAuthMode(OnvifAuthMode.OPEN),
                camera.withVendor("Lorex").withModel("LNE8964AB").withPassword("admin"),
                nvr, nvr.withPassword("admin"), nvr.withVendor("Lorex").withModel("N841").withPassword("admin"),
                camera.withVendor("Amcrest").withModel("IP4M-1041B").withRtspAuth(RtspAuth.NONE));
        // The brand is read from the realm "Login to <serial>", which only a challenge shows; the last unit (RTSP open,
        // ONVIF strict) shows none, but its DHIP search answer and WS-Discovery name scope print the brand (issue 4).
        Report report = scanAndScore("127.32.2.1", specs, 0);
        assertThat(report.assets()).filteredOn(a -> a.vendor().equals(Optional.of("Amcrest"))).hasSize(2);
        assertThat(report.assets()).filteredOn(a -> a.vendor().equals(Optional.of("Lorex"))).hasSize(3);
        assertThat(report.assets()).filteredOn(a -> a.address().equals("127.32.2.9")).singleElement()
                .satisfies(a -> assertThat(a.evidence()).anyMatch(e -> e.source().equals("dhip.vendor")));
        // Realm, RTSP and web page of a Dahua NVR are a camera's; its DHIP search answer says NVR.
        assertThat(report.assets()).filteredOn(a -> a.address().equals("127.32.2.6")).singleElement()
                .satisfies(a -> assertThat(a.deviceClass()).contains("recorder"));
    }

    @Test
    void axisCameras() throws Exception {
        DeviceSpec axis = DeviceSpec.defaults(DeviceKind.AXIS_CAMERA);
        List<DeviceSpec> specs = List.of(axis, axis.withPassword("Ax7@Lp3$eV9kW"),
                axis.withFirmware("11.11.73").withPassword(""),
                axis.withModel("P1448-LE").withFirmware("10.12.228").withPassword("Qv2!nR8#tY4k")
                        .withOnvifAuthMode(OnvifAuthMode.OPEN));
        Report report = scanAndScore("127.32.3.1", specs, 0);
        for (AssetEntry asset : report.assets()) {
            assertThat(asset.deviceClass()).as("class of %s", asset.address()).contains("camera");
        }
    }

    /** Scans and scores; the last {@code unnamed} specs are devices whose vendor the probes cannot see. */
    private static Report scanAndScore(String first, List<DeviceSpec> specs, int unnamed) throws Exception {
        try (RunningLab lab = Lab.start(specs, LabOptions.defaults().withFirstAddress(first)
                .withReadDeadline(Duration.ofSeconds(5)))) {
            Report report = LabScans.scan(lab, ScanProfile.standard());
            LabScore score = LabScore.of(report, lab.answerKey());
            assertThat(score.misses()).as("planted weaknesses not found").isEmpty();
            assertThat(score.falseAlarms()).as("failing findings not planted").isEmpty();
            assertThat(score.vendorsRight()).as("vendors right\n%s\n%s", score.render(), report.assets().stream()
                    .map(a -> a.address() + " " + a.vendor() + " " + a.deviceClass()).toList()).isEqualTo(specs.size() - unnamed);
            assertThat(score.total().truePositives()).isPositive();
            for (LabDevice d : lab.devices()) {
                Map<String, AccountAttempts> attempts = lab.attempts(d.address());
                attempts.forEach((account, a) -> assertThat(a.failed())
                        .as("failed logins for %s on %s", account, d.address()).isLessThanOrEqualTo(3));
                int threshold = d.spec().lockoutThreshold();
                if (threshold > 0) {
                    assertThat(attempts.values().stream().mapToInt(AccountAttempts::failed).sum())
                            .as("no lockout on %s", d.address()).isLessThan(threshold);
                }
            }
            return report;
        }
    }
}
