package dev.blindspot.credential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.fingerprint.Fingerprinter;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import dev.blindspot.scan.ProbeOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The real answers of Hikvision deviceInfo and Dahua magicBox (src/test/resources/firmware, see SOURCES.md) read
 * into fields and concluded by the fingerprinter: model, firmware with its build date, and the class.
 */
class AuthenticatedIdentityParsingTest {

    private final Fingerprinter fingerprinter = Fingerprinter.loadDefault();

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = AuthenticatedIdentityParsingTest.class.getResourceAsStream("/firmware/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private Identity identify(String brand, String api, Map<String, String> parsed) {
        Map<String, String> fields = new LinkedHashMap<>(parsed);
        fields.put("brand", brand);
        List<Observation> obs = List.of(new VendorApiObservation("127.54.220.1", 80, api,
                ProbeOutcome.answered(new VendorApiReply(200, fields))));
        return fingerprinter.identify("127.54.220.1", obs);
    }

    @ParameterizedTest
    @CsvSource({
            "deviceInfo_ipc_DS-2CD2386G2-IU.xml, DS-2CD2386G2-IU, camera",
            "deviceInfo_ipc_DS-2CD2443G0-IW.xml, DS-2CD2443G0-IW, camera",
            "deviceInfo_ipc_oldfw_DS-2CD2032F-I_V5.4.5_truncated.xml, DS-2CD2032F-I, none",
            "deviceInfo_ipc_oldfw_DS-2CD2532F-IWS.xml, DS-2CD2532F-IWS, camera",
            "deviceInfo_nvr_DS-7608NXI-I2.xml, DS-7608NXI-I2/8P/S, recorder",
            "deviceInfo_nvr_DS-7616NI-K2.xml, DS-7616NI-K2, recorder",
            "deviceInfo_dvr_iDS-7208HQHI-M1.xml, iDS-7208HQHI-M1(A)/S(C), recorder"})
    void hikvisionDeviceInfoGivesModelFirmwareAndClass(String file, String model, String cls) throws Exception {
        Map<String, String> fields = AuthenticatedIdentityReader.hikvision(sample(file));
        assertThat(fields).doesNotContainKeys("serialNumber", "macAddress", "deviceID");
        Identity id = identify("Hikvision", "hikvision.deviceinfo", fields);
        assertThat(id.vendor()).contains("Hikvision");
        assertThat(id.model()).contains(model);
        assertThat(id.firmware()).contains(fields.get("firmwareVersion") + " " + fields.get("firmwareReleasedDate"));
        assertThat(id.firmware().orElseThrow()).matches("V\\d+\\.\\d+\\.\\d+ build \\d{6}");
        if (cls.equals("none")) {
            assertThat(id.deviceClass()).as("a truncated answer without deviceType names no class").isEmpty();
        } else {
            assertThat(id.deviceClass()).contains(DeviceClass.fromWire(cls));
        }
        assertThat(id.evidence()).anyMatch(e -> e.source().equals("vendor.hikvision.deviceinfo"));
    }

    @Test
    void dahuaSystemInfoAndSoftwareVersionGiveModelFirmwareAndClassForTheBrand() throws Exception {
        Map<String, String> camera = AuthenticatedIdentityReader.keyValues(
                sample("magicBox_getSystemInfo_IPC-HDW5831R-ZE.txt"), "deviceType", "updateSerial");
        Map<String, String> nvr = AuthenticatedIdentityReader.keyValues(
                sample("magicBox_getSystemInfo_NVR_DH-NVR608H-128-4KS3.txt"), "deviceType", "updateSerial");
        Map<String, String> version = AuthenticatedIdentityReader.keyValues(
                sample("magicBox_getSoftwareVersion.txt"), "version");
        assertThat(camera).doesNotContainKey("serialNumber");
        Identity cam = identify("Amcrest", "dahua.systeminfo", camera);
        assertThat(cam.vendor()).contains("Amcrest");
        assertThat(cam.model()).contains("IPC-HDW5831R-ZE");
        assertThat(cam.deviceClass()).contains(DeviceClass.CAMERA);
        Identity rec = identify("Dahua", "dahua.systeminfo", nvr);
        assertThat(rec.model()).contains("DH-NVR608H-128-4KS3/I");
        assertThat(rec.deviceClass()).contains(DeviceClass.RECORDER);
        Identity fw = identify("Dahua", "dahua.softwareversion", version);
        assertThat(fw.firmware()).contains("2.800.0000016.0.R,build:2020-06-05");
        assertThat(fw.deviceClass()).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({
            "api_GetDevInfo_NVR_RLN16-410_apiguide.json, RLN16-410, v3.0.0.59_20080734, recorder",
            "api_GetDevInfo_RLC-411WS.json, RLC-411WS, v2.0.0.1389_18081408, camera"})
    void reolinkDevInfoTellsAnNvrFromACamera(String file, String model, String firmware, String cls) throws Exception {
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(sample(file));
        Map<String, String> fields = ReolinkApiLogin.fields(root.get(0).path("value").path("DevInfo"));
        assertThat(fields).doesNotContainKeys("serial", "detail");
        Identity id = identify("Reolink", "reolink.devinfo", fields);
        assertThat(id.vendor()).contains("Reolink");
        assertThat(id.model()).contains(model);
        assertThat(id.firmware()).contains(firmware);
        assertThat(id.deviceClass()).contains(DeviceClass.fromWire(cls));
    }
}
