package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetFileTest {

    private static final Path EXAMPLE = Path.of("docs/examples/fleet.yaml");

    @Test
    void theDocumentedExampleLoadsAsDescribed() throws Exception {
        FleetFile.Fleet fleet = FleetFile.load(EXAMPLE);
        List<DeviceSpec> devices = fleet.devices();
        assertThat(fleet.seed()).isEqualTo(7);
        assertThat(devices).hasSize(14);

        List<DeviceSpec> strong = devices.subList(0, 4);
        assertThat(strong).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DeviceKind.HIKVISION_CAMERA);
            assertThat(d.firmware()).isEqualTo("V5.7.18 build 240826");
            assertThat(d.passwordKind()).isEqualTo(PasswordKind.UNIQUE);
        });
        assertThat(strong).extracting(DeviceSpec::password).doesNotHaveDuplicates();

        assertThat(devices.get(4).password()).isEqualTo("12345");
        assertThat(devices.get(4).telnet()).isTrue();
        assertThat(Weakness.of(devices.get(5))).containsExactly(Weakness.DEFAULT_CREDENTIALS_ACCEPTED,
                Weakness.TELNET_ENABLED, Weakness.VULNERABILITY_CONFIRMED, Weakness.SECURITY_UPDATE_OVERDUE,
                Weakness.FIRMWARE_KNOWN_VULNERABILITY);

        DeviceSpec lobby = devices.get(6);
        assertThat(devices.get(7).password()).isEqualTo(lobby.password());
        assertThat(lobby.passwordKind()).isEqualTo(PasswordKind.SHARED);
        assertThat(lobby.features().p2pCloud()).isTrue();
        assertThat(lobby.services().tlsSubject()).contains("CN=lobby-cam,O=Hikvision");
        assertThat(Exposure.of(lobby)).containsExactly(Exposure.P2P_CLOUD, Exposure.SHARED_PASSWORD);

        assertThat(devices.get(8).services().tls()).isTrue();
        assertThat(devices.get(8).services().port("https", 443)).isEqualTo(8443);
        assertThat(devices.get(11).onvifAuthMode()).isEqualTo(OnvifAuthMode.STANDARD);
        assertThat(Weakness.of(devices.get(11))).containsExactly(Weakness.RTSP_UNAUTHENTICATED_STREAM);
        assertThat(devices.get(12).lockoutThreshold()).isEqualTo(3);
        assertThat(devices.get(12).lockoutMinutes()).isEqualTo(10);
        DeviceSpec halfFixed = devices.get(13);
        assertThat(halfFixed.telnet()).isFalse();
        assertThat(halfFixed.services().port("http", 80)).isEqualTo(8080);
        assertThat(halfFixed.services().runs("dahua-sdk")).isFalse();
        // still the 2014 firmware: CVE-2017-7925 (issue 6, safe active checks)
        assertThat(Weakness.of(halfFixed)).containsExactly(Weakness.HTTP_BASIC_AUTH_CLEARTEXT,
                Weakness.VULNERABILITY_CONFIRMED, Weakness.FIRMWARE_KNOWN_VULNERABILITY);

        assertThat(FleetFile.load(EXAMPLE).devices()).as("same file, same fleet").isEqualTo(devices);
    }

    @Test
    void aTopLevelListAndTheShortFormsWork() throws Exception {
        List<DeviceSpec> devices = FleetFile.parse("""
                - {kind: hikvision-camera, count: 2, password: shared, tls: cam01, upnp: yes, ddns: on}
                - {kind: HARDENED_CAMERA, anonymousViewer: true, lockout: off, services: {rtsp: 8554, ftp: on}}
                - {kind: GENERIC_ONVIF_CAMERA, services: {onvif: off}, httpAuth: basic}
                """, "inline").devices();
        assertThat(devices).hasSize(4);
        assertThat(devices.get(0).services().tlsSubject()).contains("CN=cam01");
        assertThat(devices.get(0).features()).isEqualTo(Features.NONE.withUpnp(true).withDdns(true));
        assertThat(devices.get(0).password()).isEqualTo(devices.get(1).password());
        assertThat(devices.get(2).features().anonymousViewer()).isTrue();
        assertThat(devices.get(2).ftp()).isTrue();
        assertThat(devices.get(2).services().port("rtsp", 554)).isEqualTo(8554);
        assertThat(devices.get(2).lockoutThreshold()).isZero();
        assertThat(devices.get(3).onvifAuthMode()).isEqualTo(OnvifAuthMode.DISABLED);
        assertThat(devices.get(3).httpAuth()).isEqualTo(HttpAuth.BASIC);
        assertThat(devices.get(3).services().tls()).isFalse();
        assertThat(devices.get(3).services().tlsSubject()).isEqualTo(Optional.empty());
    }

    @Test
    void errorsNameTheEntryAndTheField() {
        assertError("- {kind: HIKVISION_CAMERA}\n- {kind: PHILIPS_TOASTER}",
                "f.yaml: entry 2: field 'kind': unknown kind 'PHILIPS_TOASTER' (one of HIKVISION_CAMERA");
        assertError("- {count: 3}", "f.yaml: entry 1: field 'kind' is required");
        assertError("- {kind: HIKVISION_CAMERA, colour: red}",
                "f.yaml: entry 1 (HIKVISION_CAMERA): unknown field 'colour'; known fields: anonymousViewer");
        assertError("- {kind: HIKVISION_CAMERA, count: 0}",
                "entry 1 (HIKVISION_CAMERA): field 'count': expected a whole number 1..250000, not 0");
        assertError("- {kind: HIKVISION_CAMERA, count: two}", "field 'count'");
        assertError("- {kind: HIKVISION_CAMERA, password: hunter2}",
                "field 'password': expected vendor-default, strong, shared or shared:<group>, not 'hunter2'");
        assertError("- {kind: GENERIC_ONVIF_CAMERA, password: vendor-default}",
                "entry 1 (GENERIC_ONVIF_CAMERA): field 'password': GENERIC_ONVIF_CAMERA has no vendor default");
        assertError("- {kind: HIKVISION_CAMERA, telnet: maybe}", "field 'telnet': expected true/false");
        assertError("- {kind: HIKVISION_CAMERA, onvif: sometimes}",
                "field 'onvif': expected one of disabled, open, standard, not 'sometimes'");
        assertError("- {kind: HIKVISION_CAMERA, services: {rtsp: 99999}}",
                "field 'services': service 'rtsp': port must be 1..65535, not 99999");
        assertError("- {kind: HIKVISION_CAMERA, services: {dahua-sdk: off}}",
                "entry 1 (HIKVISION_CAMERA): field 'services': service 'dahua-sdk' cannot be switched off: this "
                        + "device runs http, rtsp, hik-sdk");
        assertError("- {kind: HIKVISION_CAMERA, lockout: {after: 3, minutes: 10, forever: true}}",
                "field 'lockout': unknown field 'forever'");
        assertError("- {kind: HIKVISION_CAMERA, tls: \"CN=a,,=\"}", "field 'tls'");
        assertError("- {kind: HIKVISION_CAMERA}\n- {kind: HIKVISION_CAMERA, kind: DAHUA_OLD_CAMERA}",
                "f.yaml: not valid YAML: Duplicate field 'kind'");
        assertError("devices: []", "f.yaml: expected a non-empty list of devices");
        assertError("seed: 1\nfleet: []", "unknown top-level field 'fleet'");
        assertError("", "f.yaml: empty");
        assertError("- {kind: HIKVISION_CAMERA, count: 200000}\n- {kind: HIKVISION_CAMERA, count: 60000}",
                "more than 250000 devices");
    }

    @Test
    void oversizedFilesAreRefusedUnread(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "#" + "x".repeat(FleetFile.MAX_BYTES) + "\n- {kind: HIKVISION_CAMERA}\n");
        assertThatThrownBy(() -> FleetFile.load(big)).isInstanceOf(FleetFileException.class)
                .hasMessageContaining("larger than");
        assertThatThrownBy(() -> FleetFile.load(dir.resolve("missing.yaml"))).hasMessageContaining("cannot read");
    }

    private static void assertError(String yaml, String message) {
        assertThatThrownBy(() -> FleetFile.parse(yaml, "f.yaml")).isInstanceOf(FleetFileException.class)
                .hasMessageContaining(message);
    }
}
