package dev.blindspot.fingerprint;

import static dev.blindspot.testing.Fixtures.http;
import static dev.blindspot.testing.Fixtures.rtsp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.inventory.Headers;
import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OpenPort;
import dev.blindspot.scan.ProbeOutcome;
import dev.blindspot.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Non-surveillance classes (NAS, printer, server, router, workstation) and their precedence against camera evidence. */
class OrdinaryHostClassTest {

    private static final String HOST = "127.52.0.9";
    private final Fingerprinter fingerprinter = Fingerprinter.loadDefault();

    private static HttpObservation page(String server, String title) {
        Headers headers = server.isEmpty() ? Fixtures.headers() : Fixtures.headers("Server", server);
        HttpReply reply = new HttpReply(200, "OK", headers, "", Optional.of(title), Optional.empty(), Optional.empty());
        return new HttpObservation(HOST, 80, false, "GET", "/", ProbeOutcome.answered(reply));
    }

    private static List<Observation> open(int... ports) {
        return IntStream.of(ports).mapToObj(p -> (Observation) new OpenPort(HOST, p, "unknown")).toList();
    }

    private Identity identify(List<Observation> obs) {
        return fingerprinter.identify(HOST, obs);
    }

    @Test
    void nasPrinterRouterAndServerPagesGetTheirClass() {
        assertThat(identify(List.of(page("nginx", "Synology DiskStation"))).deviceClass()).contains(DeviceClass.NAS);
        assertThat(identify(List.of(page("lighttpd/1.4.69", "QNAP Turbo NAS"))).vendor()).contains("QNAP");
        assertThat(identify(List.of(page("debut/1.20", "Brother HL-L2350DW series"))).model()).contains("HL-L2350DW");
        assertThat(identify(List.of(page("CANON HTTP Server Ver2.21", "Remote UI<Top Page>: iR2018i"))).deviceClass())
                .contains(DeviceClass.PRINTER);
        assertThat(identify(List.of(page("Microsoft-IIS/10.0", "IIS Windows Server"))).deviceClass()).contains(DeviceClass.SERVER);
        assertThat(identify(List.of(page("nginx/1.22.1", "Welcome to nginx!"))).deviceClass()).contains(DeviceClass.SERVER);
        Identity router = identify(List.of(http(HOST, 1900, 200, "Server", "ipos/7.0 UPnP/1.0 TL-WR940N/TL-WR941ND/3.0")));
        assertThat(router.vendor()).contains("TP-Link");
        assertThat(router.deviceClass()).contains(DeviceClass.NETWORK);
    }

    @Test
    void aCameraRunningNginxIsNeverAServer() {
        List<Observation> obs = new ArrayList<>(List.of(page("nginx/1.22.1", "Welcome to nginx!")));
        assertThat(identify(obs).deviceClass()).contains(DeviceClass.SERVER);
        obs.add(rtsp(HOST, 554, "OPTIONS", "/", 200, "", "Public", "DESCRIBE, SETUP, PLAY"));
        assertThat(identify(obs).deviceClass()).contains(DeviceClass.CAMERA);
        // a weak camera realm beats an equally weak default page whatever the order of the evidence
        List<Observation> realm = List.of(page("Microsoft-IIS/10.0", ""),
                http(HOST, 8080, 401, "WWW-Authenticate", "Basic realm=\"IPCamera Login\""));
        assertThat(identify(realm).deviceClass()).contains(DeviceClass.CAMERA);
    }

    @Test
    void portsAloneClassifyHostsThatSayNothingElse() {
        assertThat(identify(open(135, 139, 445)).deviceClass()).contains(DeviceClass.WORKSTATION);
        assertThat(identify(open(3389)).deviceClass()).contains(DeviceClass.WORKSTATION);
        assertThat(identify(open(80, 631, 9100)).deviceClass()).contains(DeviceClass.PRINTER);
        Identity ssh = identify(open(22));
        assertThat(ssh.deviceClass()).contains(DeviceClass.SERVER);
        assertThat(ssh.evidence()).anySatisfy(e -> assertThat(e.value()).contains("ssh-only"));
        assertThat(identify(open(22, 80)).deviceClass()).isEmpty();
        assertThat(identify(open(80, 8000)).deviceClass()).isEmpty();
    }

    @Test
    void portHintsNeverOverrideOtherEvidence() {
        List<Observation> camera = new ArrayList<>(open(445, 554));
        camera.add(rtsp(HOST, 554, "OPTIONS", "/", 200, "", "Public", "DESCRIBE"));
        assertThat(identify(camera).deviceClass()).contains(DeviceClass.CAMERA);
        List<Observation> hik = new ArrayList<>(open(80, 9100));
        hik.add(http(HOST, 80, 401, "Server", "App-webs/"));
        assertThat(identify(hik).deviceClass()).contains(DeviceClass.CAMERA);
    }

    @Test
    void everyHintExampleMatchesItsHintFirstAndNoCounterexampleMatchesIt() {
        PortHints hints = PortHints.loadDefault();
        assertThat(hints.hints()).isNotEmpty();
        for (PortHints.Hint h : hints.hints()) {
            for (var example : h.examples()) {
                assertThat(hints.firstMatch(example).map(PortHints.Hint::id)).as("%s <- %s", h.id(), example).contains(h.id());
            }
            for (var counter : h.counterexamples()) {
                assertThat(h.matches(counter)).as("%s must not match %s", h.id(), counter).isFalse();
            }
        }
    }

    @Test
    void hintsCannotMakeSurveillanceDevices() {
        String yaml = "hints:\n  - {id: x, deviceClass: camera, any: [554], examples: [{open: [554]}]}\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PortHints.parse(
                        new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .hasMessageContaining("never make a surveillance device");
    }
}
