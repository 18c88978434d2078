package dev.blindspot.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.check.rules.DeviceExposureSettingCheck;
import dev.blindspot.check.rules.InternetExposedService;
import dev.blindspot.check.rules.ReverseProxyWithoutAuth;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.DiscoveryObservation;
import dev.blindspot.inventory.DiscoveryReply;
import dev.blindspot.inventory.ExposureSetting;
import dev.blindspot.inventory.ExposureSettingObservation;
import dev.blindspot.inventory.ExposureSettingReply;
import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.Headers;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OpenPort;
import dev.blindspot.inventory.RtspObservation;
import dev.blindspot.inventory.Secret;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import dev.blindspot.scan.ProbeOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** device-*-enabled, internet-exposed-service and reverse-proxy-without-auth on hand-built inventories. */
class ExposureChecksTest {

    private static final String A = "127.116.0.1";

    private static Identity identity(String vendor, String manufacturer, DeviceClass cls) {
        return new Identity(Optional.of(vendor), Optional.of(manufacturer), Optional.empty(), Optional.empty(),
                Optional.of(cls), Optional.empty(), List.of(), List.of());
    }

    /** The address's observations: an open web port plus {@code obs}. */
    private static Inventory inventory(Identity id, Observation... obs) {
        List<Observation> all = new java.util.ArrayList<>(List.of(obs));
        all.add(new OpenPort(A, 80, "http"));
        return Inventory.of(all, Map.of(A, id));
    }

    private static ExposureSettingObservation setting(ExposureSetting s, boolean on, String value) {
        return new ExposureSettingObservation(A, 80, s, "Hik-Connect (ISAPI /ISAPI/System/Network/EZVIZ enabled)",
                true, ProbeOutcome.answered(new ExposureSettingReply(on, value)));
    }

    private static final Identity HIK = identity("Annke", "Hikvision", DeviceClass.CAMERA);

    @Test
    void switchOnFailsWithTheVendorsSettingOffPasses() {
        Check p2p = new DeviceExposureSettingCheck(ExposureSetting.P2P_CLOUD, CheckOptions.defaults());
        List<CheckResult> on = p2p.evaluate(inventory(HIK, setting(ExposureSetting.P2P_CLOUD, true,
                "<enabled>true</enabled>")));
        assertThat(on).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(r.confidence()).isEqualTo(Confidence.CONFIRMED);
            assertThat(r.evidence()).contains("Hik-Connect", "<enabled>true</enabled>");
        });
        List<CheckResult> off = p2p.evaluate(inventory(HIK, setting(ExposureSetting.P2P_CLOUD, false,
                "<enabled>false</enabled>")));
        assertThat(off).singleElement().extracting(CheckResult::verdict).isEqualTo(Verdict.PASS);
        // another setting's observation says nothing about this one: UNKNOWN, not PASS
        List<CheckResult> other = p2p.evaluate(inventory(HIK, setting(ExposureSetting.DDNS, false, "x")));
        assertThat(other).singleElement().extracting(CheckResult::verdict).isInstanceOf(Verdict.Unknown.class);
    }

    @Test
    void unknownSaysWhyNeverPass() {
        Check ddns = new DeviceExposureSettingCheck(ExposureSetting.DDNS, CheckOptions.defaults());
        assertThat(ddns.evaluate(inventory(HIK)).getFirst().evidence()).contains("no working credentials known",
                "Hikvision DDNS");
        Check safe = new DeviceExposureSettingCheck(ExposureSetting.DDNS, new CheckOptions(false, false));
        assertThat(safe.evaluate(inventory(HIK)).getFirst().evidence()).contains("profile safe");
        ExposureSettingObservation refused = new ExposureSettingObservation(A, 80, ExposureSetting.DDNS, "DDNS",
                true, new ProbeOutcome.ProtocolError<>("/ISAPI/System/Network/DDNS: HTTP 403"));
        CheckResult r = ddns.evaluate(inventory(HIK, refused)).getFirst();
        assertThat(r.verdict()).isInstanceOf(Verdict.Unknown.class);
        assertThat(r.evidence()).contains("could not read", "HTTP 403");
        // vendors whose settings are not read, and non-surveillance hosts, get nothing
        assertThat(ddns.evaluate(inventory(identity("Axis", "Axis", DeviceClass.CAMERA)))).isEmpty();
        assertThat(ddns.evaluate(inventory(identity("Hikvision", "Hikvision", DeviceClass.NETWORK)))).isEmpty();
    }

    @Test
    void aCameraAnsweringSsdpItselfHasUpnpOn() {
        DiscoveryObservation ssdp = new DiscoveryObservation(A, 1900, DiscoveryObservation.SSDP, ProbeOutcome.answered(
                new DiscoveryReply.Ssdp(List.of(new DiscoveryReply.SsdpAnswer("Linux/2.6 UPnP/1.0 Axis/1.0",
                        "http://" + A + ":49152/rootdesc1.xml", "upnp:rootdevice", "uuid:x")), Optional.empty())));
        Check upnp = new DeviceExposureSettingCheck(ExposureSetting.UPNP, CheckOptions.defaults());
        assertThat(upnp.evaluate(inventory(identity("Axis", "Axis", DeviceClass.CAMERA), ssdp))).singleElement()
                .satisfies(r -> {
                    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
                    assertThat(r.confidence()).isEqualTo(Confidence.LIKELY);
                    assertThat(r.evidence()).contains("SSDP", "Axis/1.0", "without login");
                });
        Check p2p = new DeviceExposureSettingCheck(ExposureSetting.P2P_CLOUD, CheckOptions.defaults());
        assertThat(p2p.evaluate(inventory(identity("Axis", "Axis", DeviceClass.CAMERA), ssdp))).isEmpty();
    }

    @Test
    void externalVantageOnlyAndCriticalWhenALoginWorks() {
        Identity dahua = identity("Dahua", "Dahua", DeviceClass.RECORDER);
        LoginObservation accepted = new LoginObservation(A, 80, "http-digest", "admin", new Secret("admin"),
                "vendor default", new LoginResult.Accepted());
        Inventory inv = inventory(dahua, new OpenPort(A, 37777, "dahua-dvrip"), accepted);
        assertThat(new InternetExposedService(CheckOptions.defaults()).evaluate(inv)).isEmpty();
        List<CheckResult> r = new InternetExposedService(CheckOptions.defaults().withVantage(Vantage.EXTERNAL))
                .evaluate(inv);
        assertThat(r).hasSize(2).allSatisfy(c -> {
            assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(c.severity()).contains(Severity.CRITICAL);
        });
        Inventory noLogin = inventory(dahua, new OpenPort(A, 554, "rtsp"));
        assertThat(new InternetExposedService(CheckOptions.defaults().withVantage(Vantage.EXTERNAL)).evaluate(noLogin))
                .hasSize(2).allSatisfy(c -> assertThat(c.severity()).isEmpty());
        // an unidentified host counts only for the ports where RTSP answered
        Inventory unknownHost = Inventory.of(List.of(new OpenPort(A, 554, "rtsp"), new OpenPort(A, 22, "ssh"),
                new RtspObservation(A, 554, "OPTIONS", "rtsp://" + A + ":554/",
                        new ProbeOutcome.Refused<>("closed"))));
        assertThat(new InternetExposedService(CheckOptions.defaults().withVantage(Vantage.EXTERNAL))
                .evaluate(unknownHost)).isEmpty();
    }

    private static HttpObservation page(int port, int status, String title, Header... headers) {
        return new HttpObservation(A, port, false, "GET", "/", ProbeOutcome.answered(new HttpReply(status, "OK",
                Headers.of(List.of(headers)), "<html><title>" + title + "</title></html>", Optional.of(title),
                Optional.empty(), Optional.empty())));
    }

    @Test
    void proxySignalsAndTheVmsOwnServers() {
        Identity frigate = identity("Frigate", "Frigate", DeviceClass.VMS);
        Check check = new ReverseProxyWithoutAuth();
        // Frigate's own nginx on 5000: not a proxy
        assertThat(check.evaluate(inventory(frigate, page(5000, 200, "Frigate", new Header("Server", "nginx")))))
                .isEmpty();
        // the same on 443 through Caddy with its API answering: FAIL
        VendorApiObservation version = new VendorApiObservation(A, 8443, "frigate.version",
                ProbeOutcome.answered(new VendorApiReply(200, Map.of("version", "0.14.1"))));
        assertThat(check.evaluate(inventory(frigate, page(8443, 200, "Frigate", new Header("Server", "Caddy")),
                version))).singleElement().satisfies(r -> {
                    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
                    assertThat(r.evidence()).contains("Server: Caddy", "frigate.version answered 200");
                });
        // ZoneMinder runs under Apache itself; a Via header is a proxy whatever the server
        Identity zm = identity("ZoneMinder", "ZoneMinder", DeviceClass.VMS);
        assertThat(check.evaluate(inventory(zm, page(80, 200, "ZM - Login", new Header("Server", "Apache/2.4.62")))))
                .isEmpty();
        assertThat(check.evaluate(inventory(zm, page(80, 200, "ZM - Login", new Header("Server", "Apache/2.4.62"),
                new Header("Via", "1.1 proxy.example"))))).singleElement().extracting(CheckResult::verdict)
                .isEqualTo(Verdict.FAIL);
        // a proxy that challenges first: PASS
        Identity shinobi = identity("Shinobi", "Shinobi", DeviceClass.VMS);
        assertThat(check.evaluate(inventory(shinobi, page(80, 401, "401 Authorization Required",
                new Header("Server", "nginx/1.24.0"), new Header("WWW-Authenticate", "Basic realm=\"cams\"")))))
                .singleElement().extracting(CheckResult::verdict).isEqualTo(Verdict.PASS);
        // a generic page on the proxy that is not the VMS: nothing
        assertThat(check.evaluate(inventory(shinobi, page(80, 200, "Welcome to nginx!",
                new Header("Server", "nginx/1.24.0"))))).isEmpty();
    }
}
