package dev.blindspot.protocol.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.Headers;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.VendorApiReply;
import dev.blindspot.scan.ProbeOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The VMS products' unauthenticated APIs (Agent DVR, Nx Witness, Synology) read from real samples
 * (src/test/resources/vendorapi, see SOURCES.md), and which ports ask them.
 */
class VmsVendorApiTest {

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = VmsVendorApiTest.class.getResourceAsStream("/vendorapi/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static VendorApiReply parsed(VendorApi api, int status, byte[] body) {
        ProbeOutcome<VendorApiReply> outcome = VendorApiParser.parse(api, status, body);
        assertThat(outcome).as(outcome.describe()).isInstanceOf(ProbeOutcome.Answered.class);
        return outcome.answer().orElseThrow();
    }

    @Test
    void agentDvrStatusGivesItsVersionAndNotTheInstallId() throws Exception {
        VendorApiReply r = parsed(VendorApi.AGENTDVR_STATUS, 200, sample("agentdvr_command_getStatus.json"));
        assertThat(r.fields()).containsEntry("version", "2.6.1.0").containsEntry("unique", "present");
        assertThat(r.fields().values()).noneMatch(v -> v.contains("c0715bba"));
    }

    @Test
    void synologyDirectoryTellsWhetherSurveillanceStationIsInstalled() throws Exception {
        VendorApiReply r = parsed(VendorApi.SYNOLOGY_APIINFO, 200, sample("synology_SYNO.API.Info_subset_auth_and_SS.json"));
        assertThat(r.fields()).containsEntry("success", "true").containsEntry("surveillanceStation", "listed")
                .containsEntry("ssInfoMaxVersion", "8");
        VendorApiReply error = parsed(VendorApi.SYNOLOGY_APIINFO, 200, sample("synology_error_102.json"));
        assertThat(error.fields()).containsEntry("success", "false").doesNotContainKey("surveillanceStation");
    }

    @Test
    void nxModuleInformationGivesVersionTypeAndCustomization() {
        // the reply layout of Network Optix's web-admin mock server (lab/SOURCES.md, NX_WITNESS)
        String body = "{\"reply\":{\"version\":\"2.3.0.0\",\"type\":\"Media Server\",\"systemName\":\"poe123\","
                + "\"systemInformation\":\"linux x64\",\"id\":\"{59f2e1b2-3259-43d7-b276-4e1c69d48c68}\","
                + "\"customization\":\"default\"},\"errorString\":\"\",\"error\":0}";
        VendorApiReply r = parsed(VendorApi.NX_MODULEINFO, 200, body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.fields()).containsEntry("version", "2.3.0.0").containsEntry("type", "Media Server")
                .containsEntry("customization", "default").doesNotContainKeys("id", "systemName");
        assertThat(parsed(VendorApi.NX_MODULEINFO, 401, "{}".getBytes(StandardCharsets.UTF_8)).fields()).isEmpty();
    }

    @Test
    void theVmsProductsAreAskedOnTheirOwnPortsOnly() {
        HttpReply blank = new HttpReply(200, "OK", Headers.of(List.of()), "", Optional.empty(), Optional.empty(),
                Optional.empty());
        HttpReply frigate = new HttpReply(200, "OK", Headers.of(List.of()), "", Optional.of("Frigate"),
                Optional.empty(), Optional.empty());
        assertThat(VendorApiProbe.candidates(8090, blank)).containsExactly(VendorApi.AGENTDVR_STATUS);
        assertThat(VendorApiProbe.candidates(7001, blank)).containsExactly(VendorApi.NX_MODULEINFO);
        assertThat(VendorApiProbe.candidates(5001, blank)).containsExactly(VendorApi.SYNOLOGY_APIINFO);
        assertThat(VendorApiProbe.candidates(5000, frigate))
                .containsExactly(VendorApi.FRIGATE_VERSION, VendorApi.FRIGATE_STATS);
        assertThat(VendorApiProbe.candidates(80, blank)).isEmpty();
    }
}
