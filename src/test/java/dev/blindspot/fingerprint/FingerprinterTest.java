package dev.blindspot.fingerprint;

import static dev.blindspot.testing.Fixtures.http;
import static dev.blindspot.testing.Fixtures.onvif;
import static dev.blindspot.testing.Fixtures.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Evidence;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FingerprinterTest {

    private final Fingerprinter fingerprinter = Fingerprinter.loadDefault();

    @Test
    void rtspRealmIdentifiesAndNoncesAreNotEvidence() {
        List<Observation> obs = List.of(
                rtsp("127.0.0.5", 554, "DESCRIBE", "/", 401, "", "WWW-Authenticate",
                        "Digest realm=\"IP Camera(E6990)\", nonce=\"921e0ab66f8f6763ef05ecb06c4c86a0\", stale=\"FALSE\""),
                rtsp("127.0.0.5", 554, "DESCRIBE", "/x", 401, "", "WWW-Authenticate",
                        "Digest realm=\"IP Camera(E6990)\", nonce=\"00000000000000000000000000000000\", stale=\"FALSE\""));
        Identity id = fingerprinter.identify("127.0.0.5", obs);
        assertThat(id.vendor()).contains("Hikvision");
        assertThat(id.deviceClass()).contains(DeviceClass.CAMERA);
        assertThat(id.evidence()).containsExactly(new Evidence("rtsp.www-authenticate", "Digest realm=\"IP Camera(E6990)\", stale=\"FALSE\""));
    }

    @Test
    void onvifDeviceInformationWinsOverBannersAndIsNormalised() {
        List<Observation> obs = List.of(
                http("127.0.0.6", 80, 200, "Server", "uc-httpd/1.0.0"),
                onvif("127.0.0.6", 80, "GetDeviceInformation", 200, Optional.empty(),
                        Map.of("Manufacturer", "HIKVISION", "Model", "DS-2CD2386G2-IU", "FirmwareVersion", "V5.7.3 build 220112")));
        Identity id = fingerprinter.identify("127.0.0.6", obs);
        assertThat(id.vendor()).contains("Hikvision");
        assertThat(id.model()).contains("DS-2CD2386G2-IU");
        assertThat(id.firmware()).contains("V5.7.3 build 220112");
    }

    @Test
    void ordinaryServersStayUnclassified() {
        for (String server : List.of("Apache/2.4.62 (Debian)", "nginx/1.22.1", "Microsoft-IIS/10.0", "HP HTTP Server; HP LaserJet")) {
            Identity id = fingerprinter.identify("127.0.0.7", List.of(http("127.0.0.7", 80, 200, "Server", server)));
            assertThat(id.isSurveillance()).as(server).isFalse();
            assertThat(id.vendor()).as(server).isEmpty();
        }
    }

    @Test
    void aWebPageAnsweringAnyPostIsNotOnvif() {
        Identity id = fingerprinter.identify("127.0.0.8", List.of(
                http("127.0.0.8", 80, 200, "Server", "nginx"),
                onvif("127.0.0.8", 80, "GetSystemDateAndTime", 200, Optional.empty(), Map.of())));
        assertThat(id.deviceClass()).isEmpty();
    }
}
