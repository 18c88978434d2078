package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerKeyTest {

    /** A fixed six-device fleet (the first demo), so the exact-JSON test does not move with the demo mix. */
    private static List<DeviceSpec> sixDevices() {
        DeviceSpec hikvision = DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA);
        DeviceSpec axis = DeviceSpec.defaults(DeviceKind.HARDENED_CAMERA);
        return List.of(hikvision,
                hikvision.withModel("DS-2CD2386G2-IU").withFirmware("V5.7.18 build 240826").withPassword("Hk4#Rm9!wQ2zT"),
                DeviceSpec.defaults(DeviceKind.GENERIC_ONVIF_CAMERA), axis,
                axis.withModel("P1448-LE").withFirmware("10.12.228").withPassword("Ax7@Lp3$eV9kW"),
                DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA));
    }

    @Test
    void demoFleetKeyFollowsEachSpecAndUsesAtLeastTwelveKinds() throws Exception {
        try (RunningLab lab = Lab.start(Fleets.demo(), TestLabs.options().withFirstAddress("127.61.8.1"))) {
            List<DeviceSpec> specs = Fleets.demo();
            assertThat(lab.answerKey().devices()).hasSize(specs.size());
            for (int i = 0; i < specs.size(); i++) {
                AnswerKey.Device d = lab.answerKey().devices().get(i);
                // the spec's own weaknesses, plus shared-password on the first device of a group sharing a credential
                assertThat(d.failing().stream().filter(id -> !id.equals(AnswerKey.SHARED_PASSWORD)).toList())
                        .isEqualTo(Weakness.of(specs.get(i)).stream().map(Weakness::checkId).toList());
                assertThat(d.vendor()).isEqualTo(specs.get(i).vendor());
            }
            assertThat(specs.stream().map(DeviceSpec::kind).distinct().count()).isGreaterThanOrEqualTo(12);
        }
    }

    @Test
    void demoFleetAnswerKeyIsWhatTheSpecsSayInTheAgreedJsonShape() throws Exception {
        String first = "127.61.7.1";
        try (RunningLab lab = Lab.start(sixDevices(), TestLabs.options().withFirstAddress(first))) {
            String json = new ObjectMapper().writeValueAsString(lab.answerKey());

            assertThat(json).isEqualTo("{\"devices\":["
                    + entry("127.61.7.1", "Hikvision", "DS-2CD2532F-IWS", "V5.2.0 build 140721",
                            "\"default-credentials-accepted\",\"vulnerability-confirmed\",\"security-update-overdue\",\"firmware-known-vulnerability\"") + ","
                    + entry("127.61.7.2", "Hikvision", "DS-2CD2386G2-IU", "V5.7.18 build 240826", "") + ","
                    + entry("127.61.7.3", "Generic", "IPC-HX3518", "V4.02.R11.0010",
                            "\"rtsp-unauthenticated-stream\",\"onvif-unauthenticated-access\"") + ","
                    + entry("127.61.7.4", "Axis", "M1065-LW", "9.80.1", "") + ","
                    + entry("127.61.7.5", "Axis", "P1448-LE", "10.12.228", "") + ","
                    + entry("127.61.7.6", "Dahua", "IPC-HFW4300S-V2", "2.420.0000.0.R,build:2014-05-24",
                            "\"default-credentials-accepted\",\"http-basic-auth-cleartext\",\"telnet-enabled\","
                                    + "\"vulnerability-confirmed\",\"firmware-known-vulnerability\"")
                    + "],\"flatNetworks\":[]}");
            assertThat(lab.devices()).extracting(LabDevice::kind).containsExactly(DeviceKind.HIKVISION_CAMERA,
                    DeviceKind.HIKVISION_CAMERA, DeviceKind.GENERIC_ONVIF_CAMERA, DeviceKind.HARDENED_CAMERA,
                    DeviceKind.HARDENED_CAMERA, DeviceKind.DAHUA_OLD_CAMERA);
        }
    }

    @Test
    void flatNetworksFollowFromAddressesAndClassesAndAreWrittenButRecomputedOnReading() throws Exception {
        AnswerKey key = new AnswerKey(List.of(
                new AnswerKey.Device("127.52.5.1", "Hikvision", "m", "f", "camera", List.of()),
                new AnswerKey.Device("127.52.5.2", "Debian", "m", "f", "workstation", List.of()),
                new AnswerKey.Device("127.52.6.1", "Axis", "m", "f", "camera", List.of()),
                new AnswerKey.Device("127.52.6.2", "NETGEAR", "m", "f", "network", List.of()),
                new AnswerKey.Device("127.52.7.1", "HP", "m", "f", "printer", List.of()),
                new AnswerKey.Device("127.52.8.1", "Frigate", "m", "f", "vms", List.of()),
                new AnswerKey.Device("127.52.8.9", "Synology", "m", "f", "nas", List.of()),
                new AnswerKey.Device("127.52.9.1", "Generic", "m", "f", "camera", List.of()),
                new AnswerKey.Device("127.52.9.2", "n/a", "m", "f", "other", List.of())));
        assertThat(key.flatNetworks()).containsExactly("127.52.5.0/24", "127.52.8.0/24");
        String json = new ObjectMapper().writeValueAsString(key);
        assertThat(json).endsWith(",\"flatNetworks\":[\"127.52.5.0/24\",\"127.52.8.0/24\"]}");
        AnswerKey back = AnswerKey.read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(back).isEqualTo(key);
        // a key that states other flat networks than its devices imply is not believed: they are derived
        String edited = json.replace("\"flatNetworks\":[\"127.52.5.0/24\",", "\"flatNetworks\":[\"127.52.6.0/24\",");
        assertThat(AnswerKey.read(new java.io.ByteArrayInputStream(edited.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .flatNetworks()).containsExactly("127.52.5.0/24", "127.52.8.0/24");
    }

    @Test
    void weaknessesFollowTheSpecAlone() {
        DeviceSpec hikvision = DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA);
        DeviceSpec generic = DeviceSpec.defaults(DeviceKind.GENERIC_ONVIF_CAMERA);

        // its V5.2.0 build 140721 firmware is inside CVE-2017-7921's range and older than the 2017 security release
        // V5.4.41; on a current model and firmware nothing is left
        assertThat(Weakness.of(hikvision.withPassword("S3cure!pass"))).containsExactly(Weakness.VULNERABILITY_CONFIRMED,
                Weakness.SECURITY_UPDATE_OVERDUE, Weakness.FIRMWARE_KNOWN_VULNERABILITY);
        assertThat(Weakness.of(hikvision.withPassword("S3cure!pass").withModel("DS-2CD2386G2-IU")
                .withFirmware("V5.7.18 build 240826"))).isEmpty();
        assertThat(Weakness.of(hikvision.withTelnet(true).withHttpAuth(HttpAuth.BASIC).withRtspAuth(RtspAuth.NONE)))
                .containsExactly(Weakness.DEFAULT_CREDENTIALS_ACCEPTED, Weakness.RTSP_UNAUTHENTICATED_STREAM,
                        Weakness.HTTP_BASIC_AUTH_CLEARTEXT, Weakness.TELNET_ENABLED, Weakness.VULNERABILITY_CONFIRMED,
                        Weakness.SECURITY_UPDATE_OVERDUE, Weakness.FIRMWARE_KNOWN_VULNERABILITY);
        assertThat(Weakness.of(DeviceSpec.defaults(DeviceKind.HARDENED_CAMERA).withCredentials("root", "pass")))
                .containsExactly(Weakness.DEFAULT_CREDENTIALS_ACCEPTED);
        // the gSOAP-only camera never challenges while its ONVIF is open, so Basic there is no finding
        assertThat(Weakness.of(generic.withHttpAuth(HttpAuth.BASIC))).doesNotContain(Weakness.HTTP_BASIC_AUTH_CLEARTEXT);
        assertThat(Weakness.of(generic.withHttpAuth(HttpAuth.BASIC).withOnvifAuthMode(OnvifAuthMode.STANDARD)))
                .contains(Weakness.HTTP_BASIC_AUTH_CLEARTEXT);
        assertThat(Weakness.values()).extracting(Weakness::checkId).containsExactly("default-credentials-accepted",
                "rtsp-unauthenticated-stream", "onvif-unauthenticated-access", "http-basic-auth-cleartext",
                "telnet-enabled", "frigate-unauthenticated-api", "zoneminder-auth-disabled", "snapshot-unauthenticated",
                "device-not-set-up", "vulnerability-confirmed", "security-update-overdue", "firmware-end-of-life",
                "upnp-igd-enabled", // issue 7, upnp
                "firmware-known-vulnerability",
                // issue 7 (exposuredev)
                "device-p2p-cloud-enabled", "device-ddns-enabled", "device-upnp-enabled", "reverse-proxy-without-auth");
        // an Axis with no password at all was never set up: no account, so no default credential either
        assertThat(Weakness.of(DeviceSpec.defaults(DeviceKind.AXIS_CAMERA).withPassword("")))
                .containsExactly(Weakness.DEVICE_NOT_SET_UP);
    }

    @Test
    void addressesAreHandedOutInOrderInsideLoopbackOnly() {
        AddressPlan plan = AddressPlan.startingAt("127.9.9.254");
        assertThat(List.of(plan.next(), plan.next(), plan.next())).extracting(a -> a.getHostAddress())
                .containsExactly("127.9.9.254", "127.9.10.1", "127.9.10.2");
        assertThatThrownBy(() -> LabOptions.defaults().withFirstAddress("10.0.0.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> LabOptions.defaults().withFirstAddress("localhost"))
                .isInstanceOf(IllegalArgumentException.class);
        AddressPlan last = AddressPlan.startingAt("127.255.255.254");
        last.next();
        assertThatThrownBy(last::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void repeatedFleetsKeepTheMixAndGiveStrongPasswordsTheirOwnValue() {
        int n = Fleets.demo().size();
        List<DeviceSpec> fleet = Fleets.repeated(2 * n);
        assertThat(fleet).hasSize(2 * n);
        assertThat(fleet.get(0)).isEqualTo(Fleets.demo().get(0));
        assertThat(fleet.get(n).password()).isEqualTo(Fleets.demo().get(0).password());
        // device 1 (strong password) and its repeat n+1 get distinct passwords but the same weaknesses
        assertThat(fleet.get(1).password()).isNotEqualTo(fleet.get(n + 1).password());
        assertThat(Weakness.of(fleet.get(n + 1))).isEqualTo(Weakness.of(fleet.get(1)));
    }

    private static String entry(String address, String vendor, String model, String firmware, String failing) {
        return "{\"address\":\"" + address + "\",\"vendor\":\"" + vendor + "\",\"model\":\"" + model
                + "\",\"firmware\":\"" + firmware + "\",\"deviceClass\":\"camera\",\"failing\":[" + failing + "],\"exposures\":[]}";
    }
}
