package dev.blindspot.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.rules.RouterForwardExposesSurveillance;
import dev.blindspot.check.rules.RouterInboundRuleExposesSurveillance;
import dev.blindspot.exposure.routerconfig.InboundAllow;
import dev.blindspot.exposure.routerconfig.Origin;
import dev.blindspot.exposure.routerconfig.PortForward;
import dev.blindspot.exposure.routerconfig.PortRange;
import dev.blindspot.exposure.routerconfig.Protocol;
import dev.blindspot.exposure.routerconfig.RouterConfigReader;
import dev.blindspot.exposure.routerconfig.RouterRule;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OpenPort;
import dev.blindspot.inventory.RouterConfigObservation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The router-configuration checks on the fixture configurations (src/test/resources/routercfg) against a small site:
 * a Hikvision camera at .64 (80, 554, 8000), a Dahua recorder at .108 (80, 554, 37777) and a web server at .20 (443).
 */
class RouterConfigChecksTest {

    private final Check forwards = new RouterForwardExposesSurveillance();
    private final Check inbound = new RouterInboundRuleExposesSurveillance();

    private static Inventory site(String prefix, List<? extends RouterRule> rules) {
        List<Observation> obs = new ArrayList<>();
        Map<String, Identity> ids = new HashMap<>();
        host(obs, ids, prefix + "64", "Hikvision", DeviceClass.CAMERA, 80, 554, 8000);
        host(obs, ids, prefix + "108", "Dahua", DeviceClass.RECORDER, 80, 554, 37777);
        host(obs, ids, prefix + "20", "Nextcloud", DeviceClass.SERVER, 443);
        rules.forEach(r -> obs.add(RouterConfigObservation.of(r)));
        return Inventory.of(obs, ids);
    }

    private static void host(List<Observation> obs, Map<String, Identity> ids, String address, String vendor,
                             DeviceClass cls, int... ports) {
        for (int p : ports) {
            obs.add(new OpenPort(address, p, "unknown"));
        }
        ids.put(address, new Identity(Optional.of(vendor), Optional.empty(), Optional.empty(), Optional.of(cls), List.of()));
    }

    private static List<RouterRule> fixture(String name) throws Exception {
        Path path = Path.of(RouterConfigChecksTest.class.getResource("/routercfg/" + name).toURI());
        return new RouterConfigReader().read(path, Optional.empty()).rules();
    }

    /** "asset:port confidence line". */
    private static List<String> summary(List<CheckResult> results) {
        results.forEach(r -> assertThat(r.verdict()).isEqualTo(Verdict.FAIL));
        return results.stream().map(r -> r.asset() + ":" + r.port().map(String::valueOf).orElse("-") + " "
                + r.confidence().wireName() + " " + r.evidence().replaceFirst("^.*? line (\\d+): .*$", "$1")).toList();
    }

    @Test
    void iptablesForwardsToTheCameraAndRecorderFailTheWebServerDoesNot() throws Exception {
        Inventory inv = site("192.168.1.", fixture("iptables-save.txt"));
        assertThat(summary(forwards.evaluate(inv))).containsExactly(
                "192.168.1.64:554 confirmed 7", "192.168.1.64:8000 confirmed 8",
                "192.168.1.108:37777 confirmed 9", "192.168.1.108:37778 confirmed 9");
        assertThat(summary(inbound.evaluate(inv))).containsExactly("192.168.1.64:554 confirmed 26");
        CheckResult first = forwards.evaluate(inv).getFirst();
        assertThat(first.evidence()).endsWith("iptables-save.txt line 7: port forward TCP 8554 -> 192.168.1.64:554"
                + " \"front camera RTSP\"; 192.168.1.64 is a Hikvision camera");
        assertThat(first.detail()).endsWith("iptables-save.txt:7:TCP/8554");
    }

    @Test
    void nftForwardsToHostsNotScannedCountOnCameraPorts() throws Exception {
        Inventory inv = site("192.168.1.", fixture("nft-ruleset.nft"));
        assertThat(summary(forwards.evaluate(inv))).containsExactly(
                "192.168.1.64:554 confirmed 30", "192.168.1.30:34567 likely 31", "192.168.1.77:9000 likely 33");
        assertThat(forwards.evaluate(inv).get(1).evidence())
                .contains("port forward TCP 34567 -> 192.168.1.30:34567; 192.168.1.30 not scanned; TCP 34567 is a camera port (XMEye/DVRIP)");
        assertThat(summary(inbound.evaluate(inv))).containsExactly("192.168.1.64:554 confirmed 18");
    }

    @Test
    void nftJsonAllowToTheRecorder() throws Exception {
        Inventory inv = site("192.168.1.", fixture("nft-ruleset.json"));
        assertThat(summary(forwards.evaluate(inv))).containsExactly("192.168.1.64:554 confirmed 37");
        assertThat(summary(inbound.evaluate(inv))).containsExactly("192.168.1.108:80 confirmed 22");
    }

    @Test
    void openWrtDmzHostIsTheRecorderAndDisabledForwardIsIgnored() throws Exception {
        Inventory inv = site("192.168.1.", fixture("openwrt-firewall"));
        assertThat(summary(forwards.evaluate(inv))).containsExactly("192.168.1.64:554 confirmed 45", "192.168.1.108:80 confirmed 76");
        assertThat(forwards.evaluate(inv).get(1).evidence()).contains("DMZ host 192.168.1.108 (every port forwarded) \"DMZ\"; "
                + "192.168.1.108 is a Dahua recorder");
        assertThat(summary(inbound.evaluate(inv))).containsExactly("fd00:1:0:0:0:0:0:64:554 likely 82");
    }

    @Test
    void pfSenseOneToOneNatAndAnIpv6NetworkRuleWithoutScannedCameras() throws Exception {
        Inventory inv = site("192.168.1.", fixture("pfsense-config.xml"));
        assertThat(summary(forwards.evaluate(inv))).containsExactly("192.168.1.64:554 confirmed 26", "192.168.1.108:80 confirmed 91");
        assertThat(summary(inbound.evaluate(inv))).containsExactly("2001:db8:10::/64:554 possible 121");
        assertThat(inbound.evaluate(inv).getFirst().evidence()).contains("no scanned surveillance asset there, but TCP 554 is a camera port (RTSP)");
    }

    @Test
    void mikrotikUnscannedTargetsAndDmz() throws Exception {
        Inventory inv = site("192.168.88.", fixture("mikrotik-export.rsc"));
        assertThat(summary(forwards.evaluate(inv))).containsExactly(
                "192.168.88.64:554 confirmed 29", "192.168.88.70:34567 likely 31", "192.168.88.99:554 possible 39");
        assertThat(forwards.evaluate(inv).get(2).evidence()).contains("192.168.88.99 not scanned; every port reaches it, camera ports included");
        assertThat(summary(inbound.evaluate(inv))).containsExactly("192.168.88.65:554 likely 22");
    }

    @Test
    void opnsenseReolinkForwardToAHostNotScanned() throws Exception {
        Inventory inv = site("10.10.0.", fixture("opnsense-config.xml"));
        assertThat(summary(forwards.evaluate(inv))).containsExactly("10.10.0.30:9000 likely 19");
        assertThat(inbound.evaluate(inv)).isEmpty();
    }

    @Test
    void cameraPortToAKnownServerIsOnlyPossibleAndToAnUnclassifiedHostLikely() {
        Origin o = new Origin("fw", 3);
        PortForward toServer = new PortForward(o, Protocol.TCP, PortRange.single(8000), "192.168.1.20", PortRange.single(8000),
                true, Optional.empty());
        PortForward webToServer = new PortForward(o, Protocol.TCP, PortRange.single(8443), "192.168.1.20", PortRange.single(443),
                true, Optional.empty());
        PortForward udpRtsp = new PortForward(o, Protocol.UDP, PortRange.single(554), "192.168.1.99", PortRange.single(554),
                true, Optional.empty());
        List<Observation> obs = new ArrayList<>(List.of(new OpenPort("192.168.1.40", 8000, "hik-sdk")));
        PortForward toUnclassified = new PortForward(o, Protocol.TCP_UDP, PortRange.single(8000), "192.168.1.40",
                PortRange.single(8000), true, Optional.empty());
        Inventory inv = site("192.168.1.", List.of(toServer, webToServer, udpRtsp, toUnclassified)).plus(obs);
        assertThat(summary(forwards.evaluate(inv))).containsExactly("192.168.1.20:8000 possible 3", "192.168.1.40:8000 likely 3");
        assertThat(forwards.evaluate(inv).getFirst().evidence()).contains("identified as a Nextcloud server, but TCP 8000 is a camera port");
    }

    @Test
    void networkAndAnyDestinationRulesReachEverySurveillanceAssetInside() {
        Origin o = new Origin("fw", 9);
        InboundAllow lan = new InboundAllow(o, Protocol.TCP, Optional.of("192.168.1.0/24"), List.of(PortRange.single(554)),
                false, true, Optional.of("cameras"));
        InboundAllow everything = new InboundAllow(new Origin("fw", 10), Protocol.ANY, Optional.empty(), List.of(), false,
                true, Optional.empty());
        InboundAllow toRouter = new InboundAllow(new Origin("fw", 11), Protocol.TCP, Optional.empty(),
                List.of(PortRange.single(554)), true, true, Optional.empty());
        InboundAllow disabled = new InboundAllow(new Origin("fw", 12), Protocol.TCP, Optional.of("192.168.1.64"),
                List.of(PortRange.single(554)), false, false, Optional.empty());
        Inventory inv = site("192.168.1.", List.of(lan, everything, toRouter, disabled));
        assertThat(summary(inbound.evaluate(inv))).containsExactly(
                "192.168.1.64:554 confirmed 9", "192.168.1.108:554 confirmed 9",
                "192.168.1.64:80 confirmed 10", "192.168.1.108:80 confirmed 10");
        assertThat(inbound.evaluate(inv).get(2).evidence()).contains("inbound allow from WAN, any protocol every port to any host");
    }

    @Test
    void noRouterConfigurationNoResultsAndTheRouterIsNoAsset() {
        Inventory inv = site("192.168.1.", List.of());
        assertThat(forwards.evaluate(inv)).isEmpty();
        assertThat(inbound.evaluate(inv)).isEmpty();
        assertThat(RouterConfigObservation.ROUTER).isEqualTo("0.0.0.0");
    }

    @Test
    void catalogueCarriesBothChecksAsHighExposureWithTheOperatorsRemediation() {
        CheckCatalogue catalogue = CheckCatalogue.loadDefault();
        for (String id : List.of(RouterForwardExposesSurveillance.ID, RouterInboundRuleExposesSurveillance.ID)) {
            CheckMetadata m = catalogue.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
            assertThat(m.severity()).isEqualTo(Severity.HIGH);
            assertThat(m.threat()).isEqualTo(Threat.EXPOSURE);
            assertThat(m.remediation()).contains("VPN").contains("WireGuard").contains("OpenVPN").contains("UPnP")
                    .contains("P2P").contains("DDNS").contains("authentication").containsIgnoringCase("port forward");
        }
    }
}
