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
import dev.blindspot.scan.ScanProfile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Agent DVR, Nx Witness, Synology Surveillance Station and UniFi Protect lab devices scanned by the real scanner:
 * vendor and class right on each, the version where the product says it without login (Agent DVR, Nx Witness), none
 * invented where it does not (Synology, UniFi Protect), nothing flagged that was not planted.
 */
class VmsProductsLabScanTest {

    @Test
    void vmsProductsAreIdentifiedWithTheirVersionWhereExposed() throws Exception {
        List<DeviceSpec> specs = List.of(
                DeviceSpec.defaults(DeviceKind.AGENT_DVR),                                            // .1
                DeviceSpec.defaults(DeviceKind.AGENT_DVR).withFirmware("5.8.4.0"),                    // .2
                DeviceSpec.defaults(DeviceKind.NX_WITNESS),                                           // .3
                DeviceSpec.defaults(DeviceKind.NX_WITNESS).withFirmware("4.2.0.32840"),               // .4
                DeviceSpec.defaults(DeviceKind.SYNOLOGY_SURVEILLANCE),                                // .5
                DeviceSpec.defaults(DeviceKind.UNIFI_PROTECT));                                       // .6
        try (RunningLab lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.54.200.1"))) {
            Report report = LabScans.scan(lab, ScanProfile.standard());
            LabScore score = LabScore.of(report, lab.answerKey());
            assertThat(score.misses()).isEmpty();
            assertThat(score.falseAlarms()).isEmpty();
            assertThat(score.wrongVendors()).as(score.render()).isEmpty();
            assertThat(score.classesRight()).isEqualTo(specs.size());
            Map<String, AssetEntry> assets = report.assets().stream()
                    .collect(Collectors.toMap(AssetEntry::address, Function.identity()));
            for (LabDevice d : lab.devices()) {
                AssetEntry a = assets.get(d.address());
                assertThat(a.deviceClass()).as(d.kind().name()).contains("vms");
                switch (d.kind()) {
                    case AGENT_DVR -> {
                        assertThat(a.firmware()).as(d.address()).contains(d.firmware());
                        assertThat(a.evidence()).anyMatch(e -> e.source().equals("vendor.agentdvr.status"));
                    }
                    case NX_WITNESS -> {
                        assertThat(a.firmware()).as(d.address()).contains(d.firmware());
                        assertThat(a.evidence()).anyMatch(e -> e.source().equals("vendor.nx.moduleinformation")
                                && e.value().contains("type=Media Server"));
                    }
                    case SYNOLOGY_SURVEILLANCE -> {
                        assertThat(a.firmware()).isEmpty();
                        assertThat(a.model()).contains("Surveillance Station");
                        assertThat(a.evidence()).anyMatch(e -> e.source().equals("vendor.synology.apiinfo"));
                    }
                    case UNIFI_PROTECT -> {
                        assertThat(a.firmware()).isEmpty();
                        assertThat(a.evidence()).anyMatch(e -> e.value().equals("UniFi Protect"));
                    }
                    default -> throw new AssertionError("unexpected kind " + d.kind());
                }
                assertThat(a.vendor()).isEqualTo(Optional.of(d.vendor()));
            }
        }
    }

    /**
     * The VMS products of issue 3 report their version exactly where the real product exposes it without login:
     * Frigate's /api/version, ZoneMinder's getVersion (authentication off), motionEye's and Blue Iris's Server
     * header; Shinobi and Milestone's mobile server show none, so none is reported.
     */
    @Test
    void earlierVmsProductsReportTheirVersionWhereExposed() throws Exception {
        List<DeviceSpec> specs = List.of(DeviceSpec.defaults(DeviceKind.FRIGATE), DeviceSpec.defaults(DeviceKind.ZONEMINDER),
                DeviceSpec.defaults(DeviceKind.MOTIONEYE), DeviceSpec.defaults(DeviceKind.BLUE_IRIS),
                DeviceSpec.defaults(DeviceKind.SHINOBI), DeviceSpec.defaults(DeviceKind.MILESTONE));
        try (RunningLab lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.54.201.1"))) {
            Report report = LabScans.scan(lab, ScanProfile.standard());
            Map<String, AssetEntry> assets = report.assets().stream()
                    .collect(Collectors.toMap(AssetEntry::address, Function.identity()));
            for (LabDevice d : lab.devices()) {
                AssetEntry a = assets.get(d.address());
                assertThat(a.vendor()).as(d.kind().name()).contains(d.vendor());
                assertThat(a.deviceClass()).as(d.kind().name()).contains("vms");
                switch (d.kind()) {
                    case FRIGATE, ZONEMINDER, MOTIONEYE, BLUE_IRIS ->
                            assertThat(a.firmware()).as(d.kind().name()).contains(d.firmware());
                    default -> assertThat(a.firmware()).as(d.kind().name()).isEmpty();
                }
            }
        }
    }
}
