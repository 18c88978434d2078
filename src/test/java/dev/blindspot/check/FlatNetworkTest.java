package dev.blindspot.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.rules.FlatNetwork;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OpenPort;
import dev.blindspot.site.SiteFile;
import dev.blindspot.site.SiteLayout;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The flat-network check on hand-built inventories. */
class FlatNetworkTest {

    private final List<Observation> observations = new ArrayList<>();
    private final Map<String, Identity> identities = new HashMap<>();

    private FlatNetworkTest host(String address, Optional<DeviceClass> cls) {
        observations.add(new OpenPort(address, 80, "http"));
        cls.ifPresent(c -> identities.put(address, new Identity(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(c), List.of())));
        return this;
    }

    private FlatNetworkTest host(String address, DeviceClass cls) {
        return host(address, Optional.of(cls));
    }

    private List<CheckResult> run(SiteLayout layout) {
        return new FlatNetwork(layout).evaluate(Inventory.of(observations, identities));
    }

    @Test
    void camerasSharingASlash24WithOrdinaryHostsFailWithTheMixedHostsListed() {
        host("10.0.1.1", DeviceClass.CAMERA).host("10.0.1.2", DeviceClass.RECORDER).host("10.0.1.3", DeviceClass.NETWORK)
                .host("10.0.1.7", DeviceClass.WORKSTATION).host("10.0.1.8", DeviceClass.PRINTER)
                .host("10.0.1.9", DeviceClass.NAS).host("10.0.1.10", Optional.empty());
        List<CheckResult> results = run(SiteLayout.byDefault());
        assertThat(results).hasSize(1);
        CheckResult r = results.getFirst();
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.asset()).isEqualTo("10.0.1.0/24");
        assertThat(r.port()).isEmpty();
        assertThat(r.evidence()).isEqualTo("10.0.1.0/24: 3 workstation, printer, NAS or server hosts share it with 2 "
                + "surveillance devices: 10.0.1.7 (workstation), 10.0.1.8 (printer), 10.0.1.9 (nas); surveillance: "
                + "10.0.1.1 (camera), 10.0.1.2 (recorder); also 1 host of unknown class");
    }

    @Test
    void segmentsOfOnlySurveillanceAndNetworkGearPassAndSegmentsWithoutCamerasAreNotJudged() {
        host("10.0.1.1", DeviceClass.CAMERA).host("10.0.1.2", DeviceClass.VMS).host("10.0.1.254", DeviceClass.NETWORK)
                .host("10.0.2.7", DeviceClass.WORKSTATION).host("10.0.2.8", DeviceClass.SERVER);
        List<CheckResult> results = run(SiteLayout.byDefault());
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.PASS);
            assertThat(r.asset()).isEqualTo("10.0.1.0/24");
        });
    }

    @Test
    void unknownHostsInACameraSegmentAreUnknownWithTheReason() {
        host("10.0.1.1", DeviceClass.CAMERA).host("10.0.1.50", Optional.empty());
        CheckResult r = run(SiteLayout.byDefault()).getFirst();
        assertThat(r.verdict()).isInstanceOf(Verdict.Unknown.class);
        assertThat(((Verdict.Unknown) r.verdict()).reason()).contains("10.0.1.50").contains("could not be told");
    }

    @Test
    void longListsAreCappedWithACount() {
        host("10.0.1.1", DeviceClass.CAMERA);
        for (int i = 10; i < 40; i++) {
            host("10.0.1." + i, DeviceClass.WORKSTATION);
        }
        CheckResult r = run(SiteLayout.byDefault()).getFirst();
        assertThat(r.evidence()).contains("30 workstation, printer, NAS or server hosts share it with 1 surveillance device")
                .contains("10.0.1.19 (workstation) and 20 more").doesNotContain("10.0.1.20 (");
    }

    @Test
    void declaredZonesReplaceTheSlash24() throws Exception {
        SiteLayout site = SiteFile.parse(new ByteArrayInputStream("""
                zones:
                  - {name: cameras, purpose: cameras, cidrs: [10.0.1.0/28]}
                  - {name: office, purpose: business, cidrs: [10.0.0.0/16]}
                """.getBytes(StandardCharsets.UTF_8)), "site.yaml");
        // the camera /28 is clean; the office /16 holds a stray camera next to a workstation two /24s away
        host("10.0.1.1", DeviceClass.CAMERA).host("10.0.1.2", DeviceClass.CAMERA).host("10.0.1.100", DeviceClass.WORKSTATION)
                .host("10.0.3.9", DeviceClass.CAMERA);
        List<CheckResult> results = run(site);
        assertThat(results).hasSize(2);
        CheckResult cameras = results.stream().filter(r -> r.detail().equals("cameras")).findFirst().orElseThrow();
        assertThat(cameras.verdict()).isEqualTo(Verdict.PASS);
        assertThat(cameras.asset()).isEqualTo("10.0.1.0/28");
        CheckResult office = results.stream().filter(r -> r.detail().equals("office")).findFirst().orElseThrow();
        assertThat(office.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(office.asset()).isEqualTo("10.0.0.0/16");
        assertThat(office.evidence()).startsWith("zone 'office' (10.0.0.0/16) [purpose business]: 1 workstation, printer, "
                        + "NAS or server host shares it with 1 surveillance device")
                .contains("10.0.3.9 (camera)").contains("10.0.1.100 (workstation)");
        // by default the same hosts make one flat /24 and one clean /24
        assertThat(run(SiteLayout.byDefault())).extracting(r -> r.asset() + " " + r.verdict().wireName())
                .containsExactly("10.0.1.0/24 fail", "10.0.3.0/24 pass");
    }

    @Test
    void ipv6HostsGroupByTheirSlash64() {
        host("2001:db8:0:1::10", DeviceClass.CAMERA).host("2001:db8:0:1::20", DeviceClass.PRINTER)
                .host("2001:db8:0:2::10", DeviceClass.CAMERA);
        assertThat(run(SiteLayout.byDefault())).extracting(r -> r.asset() + " " + r.verdict().wireName())
                .containsExactlyInAnyOrder("2001:db8:0:1::/64 fail", "2001:db8:0:2::/64 pass");
    }
}
