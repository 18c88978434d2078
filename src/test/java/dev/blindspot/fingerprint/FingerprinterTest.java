package dev.blindspot.fingerprint;

import static dev.blindspot.testing.Fixtures.http;
import static dev.blindspot.testing.Fixtures.onvif;
import static dev.blindspot.testing.Fixtures.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Evidence;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import dev.blindspot.scan.ProbeOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FingerprinterTest {

    private final Fingerprinter fingerprinter = Fingerprinter.loadDefault();

    @Test
    void aLaterStatementOfTheSameFirmwareWithMoreDetailWins() {
        assertThat(Fingerprinter.mostPrecise(Optional.of("2.800.0000016.0.R"),
                List.of("2.800.0000016.0.R", "2.800.0000016.0.R,build:2020-06-05"))).contains("2.800.0000016.0.R,build:2020-06-05");
        assertThat(Fingerprinter.mostPrecise(Optional.of("V5.5.0"), List.of("V5.5.0", "V5.5.0 build 190101")))
                .contains("V5.5.0 build 190101");
        // another version that merely starts with the same digits is not more precise: 2.8 is not 2.80
        assertThat(Fingerprinter.mostPrecise(Optional.of("2.8"), List.of("2.8", "2.80", "2.8.1"))).contains("2.8");
        assertThat(Fingerprinter.mostPrecise(Optional.empty(), List.of("1.0"))).isEmpty();
    }

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
    void ordinaryServersAreNeverSurveillanceDevices() {
        for (String server : List.of("Apache/2.4.62 (Debian)", "nginx/1.22.1", "Microsoft-IIS/10.0", "HP HTTP Server; HP LaserJet")) {
            Identity id = fingerprinter.identify("127.0.0.7", List.of(http("127.0.0.7", 80, 200, "Server", server)));
            assertThat(id.isSurveillance()).as(server).isFalse();
            // IIS is a (weak) server with its vendor; a bare Apache/nginx header says nothing about the host
            assertThat(id.vendor()).as(server).isEqualTo(server.startsWith("Microsoft-IIS") ? Optional.of("Microsoft") : Optional.empty());
        }
    }

    @Test
    void aWebPageAnsweringAnyPostIsNotOnvif() {
        Identity id = fingerprinter.identify("127.0.0.8", List.of(
                http("127.0.0.8", 80, 200, "Server", "nginx"),
                onvif("127.0.0.8", 80, "GetSystemDateAndTime", 200, Optional.empty(), Map.of())));
        assertThat(id.deviceClass()).isEmpty();
    }

    private static VendorApiObservation api(String api, int status, Map<String, String> fields) {
        return new VendorApiObservation("127.0.0.9", 80, api, ProbeOutcome.answered(new VendorApiReply(status, fields)));
    }

    @Test
    void axisBasicDeviceInfoNamesVendorModelAndFirmware() {
        Identity id = fingerprinter.identify("127.0.0.9", List.of(
                http("127.0.0.9", 80, 200, "Server", "Apache/2.4.27 (Unix) OpenSSL/1.0.2k"),
                api("axis.basicdeviceinfo", 200, Map.of("Brand", "AXIS", "ProdNbr", "P8815-2",
                        "ProdType", "3D People Counter", "Version", "10.12.228"))));
        assertThat(id.vendor()).contains("Axis");
        assertThat(id.model()).contains("P8815-2");
        assertThat(id.firmware()).contains("10.12.228");
        assertThat(id.deviceClass()).contains(DeviceClass.CAMERA);
        assertThat(id.evidence()).contains(new Evidence("vendor.axis.basicdeviceinfo",
                "Brand=AXIS; ProdNbr=P8815-2; ProdType=3D People Counter; Version=10.12.228"));
        Identity encoder = fingerprinter.identify("127.0.0.9", List.of(api("axis.basicdeviceinfo", 200,
                Map.of("Brand", "AXIS", "ProdNbr", "Q7406", "ProdType", "Video Encoder Blade"))));
        assertThat(encoder.deviceClass()).contains(DeviceClass.ENCODER);
    }

    @Test
    void zoneMinderVersionOrItsApi401NamesZoneMinder() {
        Identity open = fingerprinter.identify("127.0.0.9", List.of(
                http("127.0.0.9", 80, 200, "Server", "nginx"),
                api("zoneminder.version", 200, Map.of("version", "1.30.4", "apiversion", "1.0"))));
        assertThat(open.vendor()).contains("ZoneMinder");
        assertThat(open.firmware()).contains("1.30.4");
        assertThat(open.deviceClass()).contains(DeviceClass.VMS);
        assertThat(open.evidence()).contains(new Evidence("vendor.zoneminder.version", "version=1.30.4; apiversion=1.0"));
        Identity closed = fingerprinter.identify("127.0.0.9", List.of(api("zoneminder.version", 401,
                Map.of("error", "Not Authenticated", "exception", "UnauthorizedException"))));
        assertThat(closed.vendor()).contains("ZoneMinder");
        assertThat(closed.firmware()).isEmpty();
        assertThat(closed.deviceClass()).contains(DeviceClass.VMS);
    }

    @Test
    void frigateVersionNamesFrigate() {
        Identity id = fingerprinter.identify("127.0.0.9", List.of(api("frigate.version", 200, Map.of("version", "0.10.1-8883709"))));
        assertThat(id.vendor()).contains("Frigate");
        assertThat(id.firmware()).contains("0.10.1-8883709");
        assertThat(id.deviceClass()).contains(DeviceClass.VMS);
    }

    @Test
    void vendorApiAnswersThatNameNothingAreNoEvidence() {
        List<Observation> obs = List.of(
                http("127.0.0.9", 80, 200, "Server", "nginx/1.22.1"),
                api("zoneminder.version", 404, Map.of()),
                api("zoneminder.version", 401, Map.of()),
                api("zoneminder.version", 200, Map.of("version", "not a version", "apiversion", "1.0")),
                api("axis.basicdeviceinfo", 200, Map.of("Brand", "Acme", "ProdNbr", "X1")),
                api("frigate.version", 404, Map.of("version", "1.0")),
                new VendorApiObservation("127.0.0.9", 80, "frigate.version", new ProbeOutcome.Refused<>("closed")));
        Identity id = fingerprinter.identify("127.0.0.9", obs);
        assertThat(id.vendor()).isEmpty();
        assertThat(id.deviceClass()).isEmpty();
        assertThat(id.evidence()).noneMatch(e -> e.source().startsWith("vendor."));
    }

    @Test
    void brandManufacturerConfidenceCpeAndConflicts() {
        // Lorex sells Dahua: both are reported, and a Dahua banner is no conflict with a Lorex ONVIF answer
        Identity lorex = fingerprinter.identify("127.0.0.9", List.of(
                rtsp("127.0.0.9", 554, "DESCRIBE", "/", 401, "", "WWW-Authenticate", "Digest realm=\"Login to ND021906012345\""),
                onvif("127.0.0.9", 80, "GetDeviceInformation", 200, Optional.empty(),
                        Map.of("Manufacturer", "Lorex", "Model", "LNB8005", "FirmwareVersion", "2.800.0000000.29.R"))));
        assertThat(lorex.vendor()).contains("Lorex");
        assertThat(lorex.manufacturer()).contains("Dahua");
        assertThat(lorex.confidence()).contains(dev.blindspot.inventory.IdentityConfidence.HIGH);
        assertThat(lorex.cpe()).containsExactly("cpe:2.3:o:lorextechnology:lnb8005_firmware:2.800.0000000.29.r:*:*:*:*:*:*:*",
                "cpe:2.3:h:lorextechnology:lnb8005:-:*:*:*:*:*:*:*");
        assertThat(lorex.evidence()).extracting(Evidence::source).doesNotContain("identity.conflict");

        // an ONVIF answer naming Hikvision on a box whose web server is Xiongmai's: ONVIF wins, the other claim stays visible
        Identity mixed = fingerprinter.identify("127.0.0.6", List.of(
                http("127.0.0.6", 80, 200, "Server", "uc-httpd/1.0.0"),
                onvif("127.0.0.6", 80, "GetDeviceInformation", 200, Optional.empty(),
                        Map.of("Manufacturer", "HIKVISION", "Model", "DS-2CD2386G2-IU", "FirmwareVersion", "V5.7.3 build 220112"))));
        assertThat(mixed.manufacturer()).contains("Hikvision");
        assertThat(mixed.evidence()).contains(new Evidence("identity.conflict",
                "http.server says Xiongmai; kept Hikvision from onvif.manufacturer"));

        // a banner alone: medium confidence, the vendor is its own manufacturer, no model so no CPE name
        Identity banner = fingerprinter.identify("127.0.0.10", List.of(http("127.0.0.10", 80, 200, "Server", "App-webs/")));
        assertThat(banner.vendor()).contains("Hikvision");
        assertThat(banner.manufacturer()).contains("Hikvision");
        assertThat(banner.confidence()).contains(dev.blindspot.inventory.IdentityConfidence.MEDIUM);
        assertThat(banner.cpe()).isEmpty();

        // nothing but a stream: a camera of unknown make, low confidence
        Identity anon = fingerprinter.identify("127.0.0.11", List.of(rtsp("127.0.0.11", 554, "OPTIONS", "*", 200, "")));
        assertThat(anon.vendor()).isEmpty();
        assertThat(anon.manufacturer()).isEmpty();
        assertThat(anon.confidence()).contains(dev.blindspot.inventory.IdentityConfidence.LOW);
    }

    @Test
    void aMacVendorPrefixNamesTheMakerWeaklyAndAnyBannerWins() {
        Identity mac = fingerprinter.identify("127.0.0.12", List.of(
                new dev.blindspot.inventory.OpenPort("127.0.0.12", 80, "http"),
                new dev.blindspot.inventory.MacObservation("127.0.0.12", "28:57:BE")));
        assertThat(mac.vendor()).contains("Hikvision");
        assertThat(mac.confidence()).contains(dev.blindspot.inventory.IdentityConfidence.LOW);
        assertThat(mac.evidence()).contains(new Evidence("mac.oui", "28:57:BE"));

        Identity both = fingerprinter.identify("127.0.0.12", List.of(
                http("127.0.0.12", 80, 200, "Server", "App-webs/"),
                new dev.blindspot.inventory.MacObservation("127.0.0.12", "3C:EF:8C")));
        assertThat(both.vendor()).contains("Hikvision");
        assertThat(both.evidence()).contains(new Evidence("identity.conflict", "mac.oui says Dahua; kept Hikvision from http.server"));
    }
}
