package dev.blindspot.protocol.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.Header;
import dev.blindspot.inventory.Headers;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.inventory.VendorApiReply;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpLimits;
import dev.blindspot.protocol.http.LoopbackServer;
import dev.blindspot.protocol.http.Samples;
import dev.blindspot.scan.ProbeOutcome;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Vendor APIs on loopback replaying real samples (src/test/resources/vendorapi, see SOURCES.md). */
class VendorApiProbeTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final VendorApiProbe probe = new VendorApiProbe(
            new BoundedHttpClient(scheduler, HttpLimits.defaults().withTotalDeadline(Duration.ofSeconds(3))));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private static byte[] http(int status, String reason, String server, String type, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("HTTP/1.1 " + status + " " + reason + "\r\nServer: " + server + "\r\nContent-Type: " + type
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static HttpReply first(String server, String title, String... headers) {
        List<Header> hs = new ArrayList<>(List.of(new Header("Server", server)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            hs.add(new Header(headers[i], headers[i + 1]));
        }
        return new HttpReply(200, "OK", Headers.of(hs), "", Optional.of(title).filter(t -> !t.isEmpty()),
                Optional.empty(), Optional.empty());
    }

    private static VendorApiReply answered(VendorApiObservation o) {
        assertThat(o.outcome()).as(o.outcome().describe()).isInstanceOf(ProbeOutcome.Answered.class);
        return o.outcome().answer().orElseThrow();
    }

    @Test
    void axisBasicDeviceInfoIsPostedAndRead() throws Exception {
        byte[] sample = Samples.bytes("vendorapi/basicdeviceinfo_getAllUnrestrictedProperties_P8815-2_fw10.12.json");
        try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                http(200, "OK", "Apache", "application/json", sample)))) {
            VendorApiObservation o = probe.call("127.0.0.1", device.port(), false, VendorApi.AXIS_BASICDEVICEINFO);
            assertThat(o.api()).isEqualTo("axis.basicdeviceinfo");
            assertThat(answered(o).fields()).containsEntry("Brand", "AXIS").containsEntry("ProdNbr", "P8815-2")
                    .containsEntry("Version", "10.12.228").containsEntry("SerialNumber", "1234567890AB")
                    .containsEntry("ProdType", "3D People Counter").doesNotContainKey("WebURL");
            LoopbackServer.RecordedRequest sent = device.requests().getFirst();
            assertThat(sent.requestLine()).isEqualTo("POST /axis-cgi/basicdeviceinfo.cgi HTTP/1.1");
            assertThat(sent.header("Authorization")).isNull();
            assertThat(sent.bodyText()).isEqualTo("{\"apiVersion\":\"1.0\",\"method\":\"getAllUnrestrictedProperties\"}");
        }
    }

    @Test
    void axisSystemreadyIsAskedOnlyAfterBasicDeviceInfoSaidAxisAndReadsNeedsetup() throws Exception {
        byte[] info = Samples.bytes("vendorapi/basicdeviceinfo_getAllUnrestrictedProperties_P8815-2_fw10.12.json");
        byte[] ready = Samples.bytes("vendorapi/systemready_needsetup_fw11.11.json");
        try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                http(200, "OK", "Apache", "application/json", r.requestLine().contains("systemready") ? ready : info)))) {
            List<VendorApiObservation> out = probe.probe("127.0.0.1", device.port(), false, first("Apache", ""));
            assertThat(out).extracting(VendorApiObservation::api)
                    .containsExactly("axis.basicdeviceinfo", "zoneminder.version", "axis.systemready");
            assertThat(answered(out.get(2)).fields()).isEqualTo(Map.of("systemready", "no", "needsetup", "yes"));
            LoopbackServer.RecordedRequest sent = device.requests().get(2);
            assertThat(sent.requestLine()).isEqualTo("POST /axis-cgi/systemready.cgi HTTP/1.1");
            assertThat(sent.header("Authorization")).isNull();
            assertThat(sent.bodyText()).isEqualTo("{\"apiVersion\":\"1.0\",\"method\":\"systemready\"}");
        }
        // an Apache that is not an Axis: no systemready request
        try (LoopbackServer other = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                http(404, "Not Found", "Apache", "text/html", "<html></html>".getBytes(StandardCharsets.US_ASCII))))) {
            assertThat(probe.probe("127.0.0.1", other.port(), false, first("Apache", "")))
                    .extracting(VendorApiObservation::api).doesNotContain("axis.systemready");
        }
    }

    @Test
    void zoneMinderVersionOpenAndClosed() throws Exception {
        for (String sample : List.of("host_getVersion.json", "host_getVersion_1.30.4_compact.json")) {
            byte[] body = Samples.bytes("vendorapi/" + sample);
            try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                    http(200, "OK", "nginx", "application/json; charset=UTF-8", body)))) {
                VendorApiReply reply = answered(probe.call("127.0.0.1", device.port(), false, VendorApi.ZONEMINDER_VERSION));
                assertThat(reply.fields()).as(sample).containsEntry("apiversion", "1.0").containsKey("version");
                assertThat(device.requests().getFirst().requestLine()).isEqualTo("GET /zm/api/host/getVersion.json HTTP/1.1");
            }
        }
        byte[] denied = Samples.bytes("vendorapi/http_401_api_not_authenticated_nginx.http");
        try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(denied))) {
            VendorApiReply reply = answered(probe.call("127.0.0.1", device.port(), false, VendorApi.ZONEMINDER_VERSION));
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.fields()).isEqualTo(Map.of("error", "Not Authenticated", "exception", "UnauthorizedException"));
        }
    }

    @Test
    void frigateVersionIsBareText() throws Exception {
        for (String sample : List.of("api_version_0.10.txt", "api_version_ha_fixture.txt")) {
            byte[] body = Samples.bytes("vendorapi/" + sample);
            try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                    http(200, "OK", "nginx", "text/plain; charset=utf-8", body)))) {
                VendorApiReply reply = answered(probe.call("127.0.0.1", device.port(), false, VendorApi.FRIGATE_VERSION));
                assertThat(reply.fields()).containsEntry("version", new String(body, StandardCharsets.UTF_8).strip());
            }
        }
    }

    @Test
    void frigateStatsKeepOnlyVersionAndCameraCount() throws Exception {
        Map<String, Map<String, String>> expected = Map.of(
                "frigate_api_stats_docs_0.10.json", Map.of("version", "0.10.1-8883709", "cameras", "1"),
                "frigate_api_stats_ha_test_fixture.json", Map.of("version", "0.8.4-09a4d6d", "cameras", "1"));
        for (var e : expected.entrySet()) {
            byte[] body = Samples.bytes("vendorapi/" + e.getKey());
            try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                    http(200, "OK", "nginx", "application/json", body)))) {
                VendorApiReply reply = answered(probe.call("127.0.0.1", device.port(), false, VendorApi.FRIGATE_STATS));
                assertThat(reply.fields()).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
        try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                http(401, "Unauthorized", "nginx", "text/html", "<html>401</html>".getBytes(StandardCharsets.UTF_8))))) {
            VendorApiReply reply = answered(probe.call("127.0.0.1", device.port(), false, VendorApi.FRIGATE_STATS));
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.fields()).isEmpty();
        }
    }

    @Test
    void anHtmlPageIsNoVersionAndGarbageJsonIsAProtocolError() throws Exception {
        try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                http(200, "OK", "nginx", "text/html", "<html><title>Frigate</title></html>".getBytes(StandardCharsets.UTF_8))))) {
            assertThat(answered(probe.call("127.0.0.1", device.port(), false, VendorApi.FRIGATE_VERSION)).fields()).isEmpty();
            assertThat(probe.call("127.0.0.1", device.port(), false, VendorApi.AXIS_BASICDEVICEINFO).outcome())
                    .isInstanceOf(ProbeOutcome.ProtocolError.class);
        }
        String deep = "[".repeat(5000) + "]".repeat(5000);
        try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                http(200, "OK", "nginx", "application/json", deep.getBytes(StandardCharsets.US_ASCII))))) {
            assertThat(probe.call("127.0.0.1", device.port(), false, VendorApi.ZONEMINDER_VERSION).outcome())
                    .isInstanceOf(ProbeOutcome.ProtocolError.class);
        }
    }

    @Test
    void longFieldsAreCapped() throws Exception {
        String body = "{\"data\":{\"propertyList\":{\"Brand\":\"AXIS\",\"ProdNbr\":\"" + "A".repeat(3000) + "\"}}}";
        try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                http(200, "OK", "Apache", "application/json", body.getBytes(StandardCharsets.US_ASCII))))) {
            assertThat(answered(probe.call("127.0.0.1", device.port(), false, VendorApi.AXIS_BASICDEVICEINFO))
                    .fields().get("ProdNbr")).hasSize(VendorApiParser.MAX_FIELD);
        }
    }

    @Test
    void candidatesFollowTheFirstPassHints() {
        assertThat(VendorApiProbe.candidates(first("Apache/2.4.27 (Unix) OpenSSL/1.0.2k", "AXIS")))
                .containsExactly(VendorApi.AXIS_BASICDEVICEINFO, VendorApi.ZONEMINDER_VERSION);
        assertThat(VendorApiProbe.candidates(first("", "", "WWW-Authenticate", "Digest realm=\"AXIS_ACCC8E012345\"")))
                .containsExactly(VendorApi.AXIS_BASICDEVICEINFO);
        assertThat(VendorApiProbe.candidates(first("nginx", "Welcome to nginx!")))
                .containsExactly(VendorApi.ZONEMINDER_VERSION);
        assertThat(VendorApiProbe.candidates(first("nginx", "Frigate")))
                .containsExactly(VendorApi.FRIGATE_VERSION, VendorApi.FRIGATE_STATS);
        assertThat(VendorApiProbe.candidates(first("App-webs/", "Hikvision"))).isEmpty();
        assertThat(VendorApiProbe.candidates(first("lighttpd", ""))).isEmpty();
    }

    @Test
    void probeSendsOnlyTheCandidates() throws Exception {
        try (LoopbackServer device = LoopbackServer.start((s, r) -> s.getOutputStream().write(
                http(404, "Not Found", "nginx", "text/html", "<html></html>".getBytes(StandardCharsets.US_ASCII))))) {
            List<VendorApiObservation> out = probe.probe("127.0.0.1", device.port(), false, first("nginx", "Frigate"));
            assertThat(out).extracting(VendorApiObservation::api).containsExactly("frigate.version", "frigate.stats");
            assertThat(answered(out.getFirst())).isEqualTo(new VendorApiReply(404, Map.of()));
            assertThat(device.requests()).hasSize(2);
        }
    }
}
