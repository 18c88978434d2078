package dev.blindspot.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.rules.UpnpIgdEnabled;
import dev.blindspot.check.rules.UpnpPortMappingToSurveillance;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.DiscoveryReply;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.OpenPort;
import dev.blindspot.inventory.UpnpIgdObservation;
import dev.blindspot.inventory.UpnpIgdReply;
import dev.blindspot.scan.ProbeOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two UPnP checks on hand-built inventories: FAIL where the router exposes, PASS where not, UNKNOWN when unsure. */
class UpnpChecksTest {

    private static final String ROUTER = "127.110.5.1";
    private static final String CAMERA = "127.110.5.2";
    private static final String PC = "127.110.5.3";
    private static final UpnpIgdReply.Listing COMPLETE =
            new UpnpIgdReply.Listing(2, "fault 713 SpecifiedArrayIndexInvalid", Optional.empty());

    private static UpnpIgdObservation igd(List<UpnpIgdReply.Mapping> mappings, UpnpIgdReply.Listing listing) {
        return new UpnpIgdObservation(ROUTER, 1900, ProbeOutcome.answered(new UpnpIgdReply(
                "OpenWRT/23.05 UPnP/1.1 MiniUPnPd/2.3.1", "http://" + ROUTER + ":5000/rootDesc.xml",
                "urn:schemas-upnp-org:device:InternetGatewayDevice:1",
                Optional.of(new DiscoveryReply.UpnpDevice(Optional.of("OpenWrt"), Optional.of("OpenWrt router"),
                        Optional.empty(), Optional.of("Home router"), Optional.empty())),
                List.of(new UpnpIgdReply.Service("urn:schemas-upnp-org:service:WANIPConnection:1",
                        "http://" + ROUTER + ":5000/ctl/IPConn")), mappings, listing)));
    }

    private static UpnpIgdReply.Mapping tcp(int external, String client, int internal, boolean enabled) {
        return new UpnpIgdReply.Mapping("", external, "TCP", client, internal, enabled, "app " + external, 3600);
    }

    private static Inventory inventory(UpnpIgdObservation o) {
        Identity camera = new Identity(Optional.of("Hikvision"), Optional.of("DS-2CD2143G2-I"), Optional.empty(),
                Optional.of(DeviceClass.CAMERA), List.of());
        Identity pc = new Identity(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(DeviceClass.WORKSTATION), List.of());
        return Inventory.of(List.of(o, new OpenPort(CAMERA, 9000, "unknown"), new OpenPort(PC, 22, "ssh")),
                Map.of(CAMERA, camera, PC, pc));
    }

    @Test
    void anAnsweringIgdFailsMediumWithoutMappingsAndHighWithThem() {
        CheckResult idle = new UpnpIgdEnabled().evaluate(inventory(igd(List.of(), COMPLETE))).getFirst();
        assertThat(idle.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(idle.severity()).isEmpty();
        assertThat(idle.evidence()).contains("MiniUPnPd/2.3.1", "OpenWrt OpenWrt router (\"Home router\")",
                "control URL: http://" + ROUTER + ":5000/ctl/IPConn (WANIPConnection:1)");
        CheckResult busy = new UpnpIgdEnabled().evaluate(inventory(igd(List.of(tcp(2222, PC, 22, true)), COMPLETE)))
                .getFirst();
        assertThat(busy.severity()).contains(Severity.HIGH);
    }

    @Test
    void silenceIsAPassAndAStrangeAnswerIsUnknown() {
        CheckResult silent = new UpnpIgdEnabled().evaluate(Inventory.of(List.of(
                new UpnpIgdObservation(ROUTER, 1900, new ProbeOutcome.TimedOut<>(Duration.ofSeconds(1)))))).getFirst();
        assertThat(silent.verdict()).isEqualTo(Verdict.PASS);
        CheckResult odd = new UpnpIgdEnabled().evaluate(Inventory.of(List.of(
                new UpnpIgdObservation(ROUTER, 1900, new ProbeOutcome.ProtocolError<>("SSDP answer without LOCATION")))))
                .getFirst();
        assertThat(odd.verdict()).isNotEqualTo(Verdict.FAIL).isNotEqualTo(Verdict.PASS);
        assertThat(new UpnpPortMappingToSurveillance().evaluate(Inventory.of(List.of(
                new UpnpIgdObservation(ROUTER, 1900, new ProbeOutcome.TimedOut<>(Duration.ofSeconds(1))))))).isEmpty();
    }

    @Test
    void mappingsToTheCameraOrACameraPortFailOthersAndDisabledOnesDoNot() {
        List<CheckResult> r = new UpnpPortMappingToSurveillance().evaluate(inventory(igd(List.of(
                tcp(9000, CAMERA, 9000, true),        // a surveillance asset, on a port that is no camera port
                tcp(8554, "127.110.5.9", 554, true),  // an unknown host, on the RTSP port
                tcp(2222, PC, 22, true),              // a workstation's SSH: not this check's business
                tcp(8080, CAMERA, 80, false)),        // disabled: forwards nothing
                COMPLETE)));
        assertThat(r).extracting(CheckResult::detail).containsExactly("TCP/9000", "TCP/8554");
        assertThat(r).allMatch(x -> x.verdict() == Verdict.FAIL && x.asset().equals(ROUTER));
        assertThat(r.get(0).confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(r.get(0).evidence()).isEqualTo("UPnP port mapping TCP 9000 from any internet host -> " + CAMERA
                + ":9000 (Hikvision DS-2CD2143G2-I, camera); description \"app 9000\"; lease 3600 s");
        assertThat(r.get(1).confidence()).isEqualTo(Confidence.LIKELY);
        assertThat(r.get(1).evidence()).contains("-> 127.110.5.9:554 (camera port 554)");
        assertThat(r.get(1).port()).contains(8554);
    }

    @Test
    void noHitPassesOnlyWhenTheListingReachedFault713() {
        List<UpnpIgdReply.Mapping> harmless = List.of(tcp(2222, PC, 22, true));
        assertThat(new UpnpPortMappingToSurveillance().evaluate(inventory(igd(harmless, COMPLETE))))
                .singleElement().satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.PASS));
        CheckResult cut = new UpnpPortMappingToSurveillance().evaluate(inventory(igd(harmless,
                new UpnpIgdReply.Listing(1, "timed out", Optional.empty())))).getFirst();
        assertThat(cut.verdict()).isNotEqualTo(Verdict.PASS).isNotEqualTo(Verdict.FAIL);
        assertThat(cut.evidence()).contains("ended early (timed out)");
    }
}
