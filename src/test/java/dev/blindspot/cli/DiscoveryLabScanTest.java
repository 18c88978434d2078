package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.OnvifAuthMode;
import dev.blindspot.lab.RtspAuth;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanProfile;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scans lab devices with the real scanner and checks that UDP discovery (WS-Discovery, Dahua DHIP, SSDP + UPnP
 * description) shows in each asset's evidence and names devices whose TCP banners do not.
 */
class DiscoveryLabScanTest {

    @Test
    void discoveryEvidenceNamesDevicesTheirBannersDoNot() throws Exception {
        List<DeviceSpec> specs = List.of(
                DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA).withRtspAuth(RtspAuth.NONE)
                        .withPassword("Hk7!pQ2#zW9m"),                                                    // .1
                DeviceSpec.defaults(DeviceKind.GENERIC_ONVIF_CAMERA).withOnvifAuthMode(OnvifAuthMode.STANDARD), // .2
                DeviceSpec.defaults(DeviceKind.DAHUA_NVR),                                                // .3
                DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA).withVendor("Amcrest"),                       // .4
                DeviceSpec.defaults(DeviceKind.UPNP_ROUTER),                                              // .5
                DeviceSpec.defaults(DeviceKind.FOSCAM_CAMERA));                                           // .6
        try (RunningLab lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.50.1.1"))) {
            Report report = LabScans.scan(lab, ScanProfile.safe());
            Map<String, AssetEntry> assets = report.assets().stream()
                    .collect(Collectors.toMap(AssetEntry::address, Function.identity()));

            AssetEntry hik = assets.get("127.50.1.1");
            assertThat(evidence(hik)).contains("wsd.scopes=name/HIKVISION DS-2CD2532F-IWS",
                    "wsd.scopes=hardware/DS-2CD2532F-IWS");
            assertThat(hik.vendor()).contains("Hikvision");
            assertThat(hik.model()).contains("DS-2CD2532F-IWS");

            AssetEntry generic = assets.get("127.50.1.2");
            assertThat(evidence(generic)).contains("wsd.scopes=name/IPCAM", "wsd.scopes=hardware/IPC-HX3518");
            assertThat(generic.vendor()).contains("Generic");
            assertThat(generic.deviceClass()).contains("camera");

            AssetEntry nvr = assets.get("127.50.1.3");
            assertThat(evidence(nvr)).contains("dhip.vendor=Dahua", "dhip.devicetype=DH-NVR608H-128-4KS3",
                    "dhip.deviceclass=NVR", "dhip.version=4.001.0000000.3.R", "wsd.scopes=name/Dahua");
            assertThat(nvr.deviceClass()).as("DHIP says NVR before any login").contains("recorder");

            AssetEntry amcrest = assets.get("127.50.1.4");
            assertThat(evidence(amcrest)).contains("dhip.vendor=Amcrest", "wsd.scopes=name/Amcrest");
            assertThat(amcrest.vendor()).contains("Amcrest");

            AssetEntry router = assets.get("127.50.1.5");
            assertThat(evidence(router)).contains("upnp.manufacturer=NETGEAR, Inc.",
                    "upnp.devicetype=urn:schemas-upnp-org:device:InternetGatewayDevice:1");
            assertThat(router.vendor()).contains("NETGEAR");
            assertThat(router.model()).contains("R7500v2");

            assertThat(evidence(assets.get("127.50.1.6"))).as("Foscam runs no ONVIF, so no WS-Discovery")
                    .noneMatch(e -> e.startsWith("wsd.") || e.startsWith("dhip.") || e.startsWith("upnp."));

            LabScore score = LabScore.of(report, lab.answerKey());
            assertThat(score.wrongVendors()).as(score.render()).isEmpty();
            assertThat(score.classesRight()).as(score.render()).isEqualTo(specs.size());
        }
    }

    private static List<String> evidence(AssetEntry asset) {
        return asset.evidence().stream().map(e -> e.source() + "=" + e.value()).toList();
    }
}
