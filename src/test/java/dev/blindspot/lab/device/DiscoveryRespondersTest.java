package dev.blindspot.lab.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.inventory.DiscoveryReply;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.protocol.discovery.DhipDiscovery;
import dev.blindspot.protocol.discovery.WsDiscovery;
import dev.blindspot.protocol.xml.SafeXml;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lab's discovery responders against the samples they are built from (copied under
 * src/test/resources/lab/samples/discovery): WS-Discovery ProbeMatches in the layout of onvif/agsh_mockup_Probe.xml,
 * Dahua's notifyDevInfo with the fields, order and JSON types of dahua/dhip_discovery_udp37810_notifyDevInfo_reply.json.
 */
class DiscoveryRespondersTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("127.50.2.200", 40000);

    private static SimDevice device(DeviceSpec spec) throws Exception {
        return new SimDevice(spec, InetAddress.getByName("127.50.2.1"),
                new LabContext(Clock.systemUTC(), new Templates(), Duration.ofSeconds(2)));
    }

    private static byte[] sample(String name) throws Exception {
        try (InputStream in = DiscoveryRespondersTest.class.getResourceAsStream("/lab/samples/discovery/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<String> paths(byte[] xml) throws Exception {
        return SafeXml.leaves(SafeXml.parse(xml).getDocumentElement(), 100, 100).stream()
                .map(l -> String.join("/", l.path())).toList();
    }

    private static WsDiscoveryResponder responder(SimDevice device) {
        return (WsDiscoveryResponder) DiscoveryPlans.of(device).stream().filter(p -> p.port() == 3702).findFirst()
                .orElseThrow().handler();
    }

    @Test
    void aHikvisionAnswersAProbeLikeTheCapturedOne() throws Exception {
        SimDevice hik = device(DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA));
        WsDiscovery.Probe probe = WsDiscovery.probe(true);
        byte[] reply = responder(hik).answer(probe.bytes(), CLIENT).orElseThrow();
        assertThat(paths(reply)).isEqualTo(paths(sample("agsh_mockup_Probe.xml")));
        DiscoveryReply.WsDiscovery match = WsDiscovery.parse(reply, List.of(probe.messageId())).orElseThrow();
        // scope list in the order of the captured DS-2CD3955FWD-IWS / DS-2CD2385G1-I ProbeMatches
        assertThat(match.scopes()).containsExactly("onvif://www.onvif.org/type/video_encoder",
                "onvif://www.onvif.org/Profile/Streaming", "onvif://www.onvif.org/hardware/DS-2CD2532F-IWS",
                "onvif://www.onvif.org/name/HIKVISION DS-2CD2532F-IWS", "onvif://www.onvif.org/location/city/hangzhou");
        assertThat(match.xaddrs()).containsExactly("http://127.50.2.1/onvif/device_service");
        assertThat(new String(reply, StandardCharsets.UTF_8)).contains("name/HIKVISION%20DS-2CD2532F-IWS");
    }

    @Test
    void probesForOtherTypesAndNonProbesGetSilence() throws Exception {
        WsDiscoveryResponder r = responder(device(DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA)));
        String printer = new String(WsDiscovery.probe(true).bytes(), StandardCharsets.UTF_8)
                .replace("dn:NetworkVideoTransmitter", "wprt:PrintDeviceType");
        assertThat(r.answer(printer.getBytes(StandardCharsets.UTF_8), CLIENT)).isEmpty();
        assertThat(r.answer(sample("agsh_mockup_Probe.xml"), CLIENT)).isEmpty();
        assertThat(r.answer("M-SEARCH * HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII), CLIENT)).isEmpty();
        assertThat(r.answer(WsDiscovery.probe(false).bytes(), CLIENT)).isPresent();
    }

    @Test
    void dahuaScopesAreTheCapturedOnesWithTheBrandName() throws Exception {
        SimDevice amcrest = device(DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA).withVendor("Amcrest"));
        WsDiscovery.Probe probe = WsDiscovery.probe(true);
        DiscoveryReply.WsDiscovery match = WsDiscovery.parse(responder(amcrest).answer(probe.bytes(), CLIENT)
                .orElseThrow(), List.of(probe.messageId())).orElseThrow();
        // order of the captured IPC-HFW2228M-I1-V2 ProbeMatch (code index file 41621192913)
        assertThat(match.scopes()).containsExactly("onvif://www.onvif.org/location/country/china",
                "onvif://www.onvif.org/name/Amcrest", "onvif://www.onvif.org/hardware/IPC-HDW5831R-ZE",
                "onvif://www.onvif.org/Profile/Streaming", "onvif://www.onvif.org/type/Network_Video_Transmitter",
                "onvif://www.onvif.org/extension/unique_identifier");
    }

    @Test
    void theDhipSearchIsAnsweredLikeTheCapturedNotifyDevInfo() throws Exception {
        SimDevice dahua = device(DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA));
        DahuaDiscoveryResponder r = (DahuaDiscoveryResponder) DiscoveryPlans.of(dahua).stream()
                .filter(p -> p.port() == 37810).findFirst().orElseThrow().handler();
        byte[] reply = r.answer(DhipDiscovery.request(), CLIENT).orElseThrow();
        assertThat(Arrays.copyOfRange(reply, 4, 8)).isEqualTo("DHIP".getBytes(StandardCharsets.US_ASCII));
        ObjectMapper json = new ObjectMapper();
        JsonNode ours = json.readTree(Arrays.copyOfRange(reply, 32, reply.length));
        JsonNode real = json.readTree(sample("dhip_discovery_udp37810_notifyDevInfo_reply.json"));
        assertThat(shape(ours)).isEqualTo(shape(real));
        assertThat(DhipDiscovery.parse(reply).orElseThrow().fields()).containsEntry("Vendor", "Dahua")
                .containsEntry("DeviceType", "IPC-HDW5831R-ZE").containsEntry("Version", "2.800.0000016.0.R");
        assertThat(r.answer(DhipDiscovery.frame("{\"method\":\"global.login\"}".getBytes(StandardCharsets.UTF_8)),
                CLIENT)).isEmpty();
    }

    /** Field names in order with their JSON node types, recursively. */
    private static List<String> shape(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<java.util.Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            out.add(e.getKey() + ":" + e.getValue().getNodeType());
            if (e.getValue().isObject()) {
                shape(e.getValue()).forEach(s -> out.add(e.getKey() + "." + s));
            }
        }
        return out;
    }
}
