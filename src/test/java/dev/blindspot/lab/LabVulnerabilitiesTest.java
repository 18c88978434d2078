package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The advisory ranges the lab's vulnerable/fixed behaviour follows, at their edges. */
class LabVulnerabilitiesTest {

    private static DeviceSpec hik(String model, String firmware) {
        return DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA).withModel(model).withFirmware(firmware);
    }

    @Test
    void hikvision7921FollowsIcsa1712401PerSeries() {
        assertThat(LabVulnerabilities.of(hik("DS-2CD2532F-IWS", "V5.2.0 build 140721"))).containsExactly("CVE-2017-7921");
        assertThat(LabVulnerabilities.of(hik("DS-2CD2532F-IWS", "V5.4.0 build 160530"))).containsExactly("CVE-2017-7921");
        assertThat(LabVulnerabilities.of(hik("DS-2CD2532F-IWS", "V5.4.0 build 160531"))).isEmpty();
        assertThat(LabVulnerabilities.of(hik("DS-2CD2532F-IWS", "V5.1.6 build 140412"))).isEmpty();
        // the FWD series has its own range: V5.3.1 build 150410 to V5.4.4 build 161125
        assertThat(LabVulnerabilities.of(hik("DS-2CD2142FWD-IS", "V5.4.4 build 161125"))).containsExactly("CVE-2017-7921");
        assertThat(LabVulnerabilities.of(hik("DS-2CD2142FWD-IS", "V5.2.0 build 140721"))).isEmpty();
        assertThat(LabVulnerabilities.of(hik("DS-2CD2386G2-IU", "V5.2.0 build 140721"))).isEmpty();
        assertThat(LabVulnerabilities.of(DeviceSpec.defaults(DeviceKind.HIKVISION_NVR))).isEmpty();
    }

    @Test
    void dahuaRangesFollowBuildDates() {
        DeviceSpec camera = DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA); // IPC-HDW5831R-ZE, build 2020-06-05
        assertThat(LabVulnerabilities.of(camera)).containsExactly("CVE-2021-33044", "CVE-2021-33045");
        assertThat(LabVulnerabilities.of(camera.withFirmware("2.820.0000000.18.R,build:2021-07-05"))).isEmpty();
        assertThat(LabVulnerabilities.of(camera.withModel("IPC-HFW3441E-AS")
                .withFirmware("2.800.0000000.29.R,build:2021-06-29"))).containsExactly("CVE-2021-33044", "CVE-2021-33045");
        assertThat(LabVulnerabilities.of(camera.withModel("IPC-HFW3441E-AS")
                .withFirmware("2.800.0000000.29.R,build:2021-06-30"))).isEmpty();
        assertThat(LabVulnerabilities.of(DeviceSpec.defaults(DeviceKind.DAHUA_NVR))).isEmpty();
        DeviceSpec old = DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA); // IPC-HFW4300S-V2, 2014
        assertThat(LabVulnerabilities.of(old)).containsExactly("CVE-2017-7925");
        assertThat(LabVulnerabilities.of(old.withFirmware("2.460.0000000.2.R,build:2017-03-06"))).isEmpty();
    }

    @Test
    void amcrestAndReolink() {
        DeviceSpec amcrest = DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA).withVendor("Amcrest").withModel("IPM-721S");
        assertThat(LabVulnerabilities.of(amcrest.withFirmware("2.420.AC00.16.R,build:2016-09-09")))
                .containsExactly("CVE-2017-8229");
        assertThat(LabVulnerabilities.of(amcrest.withFirmware("2.420.AC00.17.R,build:2016-09-10"))).isEmpty();
        assertThat(LabVulnerabilities.of(amcrest.withVendor("Dahua").withFirmware("2.420.AC00.16.R,build:2016-09-09")))
                .isEmpty();
        DeviceSpec e1 = DeviceSpec.defaults(DeviceKind.REOLINK_CAMERA).withModel("E1 Zoom");
        assertThat(LabVulnerabilities.of(e1.withFirmware("v3.0.0.716_21012800")))
                .containsExactly("CVE-2021-40149", "CVE-2021-40150");
        assertThat(LabVulnerabilities.of(e1.withFirmware("v3.0.0.717_21020100"))).isEmpty();
        assertThat(LabVulnerabilities.of(DeviceSpec.defaults(DeviceKind.REOLINK_CAMERA))).isEmpty();
    }

    @Test
    void theDemoPlantsExactlyItsVulnerableFirmware() {
        assertThat(Fleets.demo()).filteredOn(s -> !LabVulnerabilities.of(s).isEmpty())
                .extracting(DeviceSpec::model).containsExactly("DS-2CD2532F-IWS", "IPC-HFW4300S-V2", "IPC-HDW5831R-ZE");
    }
}
