package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.Severity;
import dev.blindspot.check.Vantage;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanListener;
import dev.blindspot.scan.ScanProfile;
import dev.blindspot.scan.ScanSettings;
import dev.blindspot.scope.Scope;
import dev.blindspot.scope.TargetParser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reverse proxies and the external vantage, in the lab (127.115.2.0/24): nginx proxying Frigate's port 5000 without
 * auth_basic is reverse-proxy-without-auth (and Frigate's open API on port 80); with auth_basic nothing of Frigate
 * shows (only nginx's 401, a cleartext Basic challenge); Frigate's and ZoneMinder's own nginx is not a proxy. The
 * same lab scanned with {@code --vantage external} makes every open port of every surveillance device an
 * internet-exposed-service finding, critical where a factory password works; the internal scan has none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExposureVantageLabScanTest {

    private RunningLab lab;
    private Report internal;
    private Report external;

    @BeforeAll
    void scanLab() throws Exception {
        DeviceSpec proxy = DeviceSpec.defaults(DeviceKind.NGINX_REVERSE_PROXY);
        List<DeviceSpec> specs = List.of(
                proxy,                                                                              // .1 open proxy
                proxy.withApp(proxy.app().withLoginRequired(true)),                                 // .2 auth_basic
                DeviceSpec.defaults(DeviceKind.FRIGATE),                                            // .3
                DeviceSpec.defaults(DeviceKind.ZONEMINDER),                                         // .4
                DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA));                                  // .5 admin/12345
        lab = Lab.start(specs, LabOptions.defaults().withFirstAddress("127.115.2.1"));
        internal = scan(Vantage.INTERNAL);
        external = scan(Vantage.EXTERNAL);
    }

    private Report scan(Vantage vantage) throws Exception {
        List<LabDevice> devices = lab.devices();
        Scope scope = new Scope(TargetParser.withSystemResolver()
                .parse(devices.getFirst().address() + "-" + devices.getLast().address()), List.of());
        ScanSettings settings = new ScanSettings(LabPorts.of(devices), ScanProfile.standard(), 64, 4,
                Duration.ofSeconds(3));
        try (DefaultProbeSuite suite = new DefaultProbeSuite(ScanProfile.standard(), settings.timeout(),
                Clock.systemUTC())) {
            return new Assessment(settings, suite, Clock.systemUTC()).seenFrom(vantage)
                    .run(scope, new AtomicBoolean(), ScanListener.NONE);
        }
    }

    @AfterAll
    void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void internalScanFindsExactlyWhatIsPlanted() {
        LabScore score = LabScore.of(internal, lab.answerKey());
        assertThat(score.misses()).isEmpty();
        assertThat(score.falseAlarms()).isEmpty();
        assertThat(score.vendorsRight()).isEqualTo(lab.answerKey().devices().size());
        assertThat(lab.answerKey().devices().get(0).failing()).contains("reverse-proxy-without-auth",
                "frigate-unauthenticated-api");
        assertThat(lab.answerKey().devices().get(1).vendor()).isEmpty();
        assertThat(lab.answerKey().devices().get(1).failing()).containsExactly("http-basic-auth-cleartext");
        assertThat(internal.findings()).noneMatch(f -> f.checkId().equals("internet-exposed-service"));
    }

    @Test
    void openProxyIsNamedWithItsEvidence() {
        List<FindingEntry> proxied = findings(internal, "reverse-proxy-without-auth", "fail");
        assertThat(proxied).extracting(FindingEntry::asset).containsExactly("127.115.2.1");
        FindingEntry f = proxied.getFirst();
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.evidence()).contains("Frigate", "Server: nginx", "port 80", "without the proxy asking");
        assertThat(f.remediation()).contains("authentication on the proxy", "VPN");
        // Frigate's and ZoneMinder's own nginx on their own ports is not a proxy
        assertThat(internal.findings()).filteredOn(x -> x.checkId().equals("reverse-proxy-without-auth"))
                .extracting(FindingEntry::asset).doesNotContain("127.115.2.3", "127.115.2.4");
    }

    @Test
    void externalVantageReportsEveryOpenPortOfEverySurveillanceDevice() {
        List<FindingEntry> exposed = findings(external, "internet-exposed-service", "fail");
        for (int i : List.of(0, 2, 3, 4)) {
            LabDevice d = lab.devices().get(i);
            TreeSet<Integer> found = new TreeSet<>(exposed.stream().filter(f -> f.asset().equals(d.address()))
                    .map(f -> f.port().orElseThrow()).toList());
            assertThat(List.copyOf(found)).as(d.address()).isEqualTo(List.copyOf(new TreeSet<>(d.ports().values())));
        }
        // the proxy asking for a login shows no surveillance device and no RTSP: nothing to call a camera service
        assertThat(exposed).noneMatch(f -> f.asset().equals("127.115.2.2"));
        assertThat(exposed).filteredOn(f -> f.asset().equals("127.115.2.5"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL))
                .allSatisfy(f -> assertThat(f.evidence()).contains("anyone on the internet can log in"));
        assertThat(exposed).filteredOn(f -> f.asset().equals("127.115.2.3"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        assertThat(exposed.getFirst().remediation()).contains("port forwarding", "VPN", "UPnP");
        assertThat(external.scan().notes()).anyMatch(n -> n.contains("vantage external"));
    }

    private static List<FindingEntry> findings(Report report, String check, String status) {
        return report.findings().stream().filter(f -> f.checkId().equals(check) && f.status().equals(status))
                .sorted(java.util.Comparator.comparing(FindingEntry::asset,
                        dev.blindspot.inventory.Inventory::compareAddresses)).toList();
    }
}
