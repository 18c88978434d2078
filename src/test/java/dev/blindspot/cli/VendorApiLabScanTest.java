package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.lab.AppSettings;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanProfile;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scans ZoneMinder, Frigate and Axis lab devices with the real scanner: the vendor APIs that answer without login
 * name ZoneMinder (open or behind its API's 401) and give Axis cameras their model and firmware.
 */
class VendorApiLabScanTest {

    @Test
    void vendorApisIdentifyZoneMinderFrigateAndAxis() throws Exception {
        DeviceSpec zm = DeviceSpec.defaults(DeviceKind.ZONEMINDER);
        DeviceSpec axis = DeviceSpec.defaults(DeviceKind.AXIS_CAMERA);
        List<DeviceSpec> specs = List.of(
                zm,                                                               // .1 auth off
                zm.withApp(AppSettings.DEFAULT),                                  // .2 auth on
                DeviceSpec.defaults(DeviceKind.FRIGATE),                          // .3
                axis,                                                             // .4
                axis.withModel("P1448-LE").withFirmware("10.12.228").withPassword("Qv2!nR8#tY4k")); // .5
        try (RunningLab lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.37.0.1"))) {
            Report report = LabScans.scan(lab, ScanProfile.standard());
            Map<String, AssetEntry> assets = report.assets().stream()
                    .collect(Collectors.toMap(AssetEntry::address, Function.identity()));
            for (LabDevice d : lab.devices()) {
                AssetEntry a = assets.get(d.address());
                assertThat(a).as(d.address()).isNotNull();
                assertThat(a.vendor()).as(d.address() + " " + d.kind()).isEqualTo(Optional.of(d.vendor()));
                assertThat(a.deviceClass()).as(d.address() + " " + d.kind()).contains(d.deviceClass().wireName());
                switch (d.kind()) {
                    case ZONEMINDER -> assertThat(a.vendor()).contains("ZoneMinder");
                    case AXIS_CAMERA -> {
                        assertThat(a.model()).as(d.address()).contains(d.model());
                        assertThat(a.firmware()).as(d.address()).contains(d.firmware());
                        assertThat(a.evidence()).as(d.address())
                                .anyMatch(e -> e.source().equals("vendor.axis.basicdeviceinfo"));
                    }
                    case FRIGATE -> assertThat(a.firmware()).as(d.address()).contains(d.firmware());
                    default -> { }
                }
            }
            assertThat(assets.get("127.37.0.1").firmware()).contains(lab.devices().getFirst().firmware());
            assertThat(assets.get("127.37.0.1").deviceClass()).contains("vms");
            assertThat(assets.get("127.37.0.2").deviceClass()).contains("vms");
        }
    }
}
