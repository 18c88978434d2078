package dev.blindspot.protocol.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.DiscoveryReply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The discovery messages against the real samples copied under src/test/resources/discovery (SOURCES.md there). */
class DiscoveryParsersTest {

    static byte[] sample(String name) {
        try (InputStream in = DiscoveryParsersTest.class.getResourceAsStream("/discovery/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(sample(name), StandardCharsets.UTF_8);
    }

    @Test
    void theTypedProbeIsOnvifDeviceManagersWithAFreshMessageId() {
        WsDiscovery.Probe a = WsDiscovery.probe(true);
        WsDiscovery.Probe b = WsDiscovery.probe(true);
        assertThat(a.messageId()).startsWith("urn:uuid:").isNotEqualTo(b.messageId());
        String odm = text("wsdiscovery_probe_request_ODM.xml").replaceAll("urn:uuid:[0-9a-f-]{36}", "ID").strip();
        String ours = new String(a.bytes(), StandardCharsets.UTF_8).replace(a.messageId(), "ID").strip();
        assertThat(ours).isEqualTo(odm);
        assertThat(new String(WsDiscovery.probe(false).bytes(), StandardCharsets.UTF_8))
                .contains("<wsdd:Probe/>").doesNotContain("Types");
    }

    @Test
    void probeMatchesAreReadOnlyWhenTheyRelateToOurProbe() {
        WsDiscovery.Probe probe = WsDiscovery.probe(true);
        byte[] reply = text("agsh_mockup_Probe.xml").replace("RELATES_TO", probe.messageId())
                .getBytes(StandardCharsets.UTF_8);
        DiscoveryReply.WsDiscovery match = WsDiscovery.parse(reply, List.of(probe.messageId())).orElseThrow();
        assertThat(match.types()).containsExactly("dn:NetworkVideoTransmitter", "tds:Device");
        assertThat(match.scopes()).contains("onvif://www.onvif.org/hardware/HD_PREDATOR",
                "onvif://www.onvif.org/name/PREDATOR").hasSize(7);
        assertThat(match.xaddrs()).containsExactly("SERVICE_URI");
        assertThat(WsDiscovery.parse(reply, List.of("urn:uuid:someone-else"))).isEmpty();
        assertThat(WsDiscovery.parse(text("agsh_mockup_Probe.xml").getBytes(StandardCharsets.UTF_8),
                List.of(probe.messageId()))).isEmpty();
        assertThat(WsDiscovery.parse("<!DOCTYPE x [<!ENTITY a 'b'>]><x/>".getBytes(StandardCharsets.UTF_8),
                List.of(probe.messageId()))).isEmpty();
    }

    @Test
    void scopesAreUrlDecodedAsCapturedFromAHikvision() {
        // scope of a captured Hikvision DS-2CD2385G1-I ProbeMatch (code index file 28717267299)
        assertThat(WsDiscovery.decode("onvif://www.onvif.org/name/HIKVISION%20DS-2CD2385G1-I"))
                .isEqualTo("onvif://www.onvif.org/name/HIKVISION DS-2CD2385G1-I");
        assertThat(WsDiscovery.decode("onvif://www.onvif.org/hardware/bad%E0%A4%A")).endsWith("bad%E0%A4%A");
        assertThat(WsDiscovery.onvifScope("onvif://www.onvif.org/name/Dahua")).contains("name/Dahua");
        assertThat(WsDiscovery.onvifScope("odm:name:Front")).isEmpty();
    }

    @Test
    void mSearchRequestsAreTheSamplesAddressedToTheTarget() {
        assertThat(new String(SsdpSearch.request("127.50.0.9", SsdpSearch.ALL), StandardCharsets.US_ASCII))
                .isEqualTo(text("ssdp_msearch_request_all.txt").replace("239.255.255.250", "127.50.0.9")
                        .replaceAll("\r?\n", "\r\n").replaceAll("(\r\n)+$", "") + "\r\n\r\n");
        assertThat(new String(SsdpSearch.request("127.50.0.9", SsdpSearch.IGD), StandardCharsets.US_ASCII))
                .contains("ST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n");
        assertThat(new String(SsdpSearch.request("::1", SsdpSearch.ALL), StandardCharsets.US_ASCII))
                .contains("HOST: [::1]:1900");
    }

    @Test
    void ssdpAnswersOfRealRoutersAreRead() {
        DiscoveryReply.SsdpAnswer pfsense = SsdpSearch.parse(sample("ssdp_msearch_response_pfsense_miniupnpd.http"))
                .orElseThrow();
        assertThat(pfsense.server()).isEqualTo("FreeBSD/12.2-STABLE UPnP/1.1 MiniUPnPd/2.2.1");
        assertThat(pfsense.location()).isEqualTo("http://192.168.1.1:2189/rootDesc.xml");
        assertThat(pfsense.st()).isEqualTo("urn:schemas-upnp-org:device:InternetGatewayDevice:1");
        DiscoveryReply.SsdpAnswer huawei = SsdpSearch.parse(sample("ssdp_msearch_response_huawei_libupnp.http"))
                .orElseThrow();
        assertThat(huawei.server()).isEqualTo("Linux/4.4.240, UPnP/1.0, Portable SDK for UPnP devices/1.12.1");
        assertThat(SsdpSearch.parse(sample("ssdp_msearch_request_all.txt"))).isEmpty();
        assertThat(SsdpSearch.parse("HTTP/1.1 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void theDescriptionIsFetchedOnlyFromTheSameAddress() {
        assertThat(UpnpDescription.request("127.50.0.9", "http://127.50.0.9:2189/rootDesc.xml"))
                .hasValueSatisfying(r -> {
                    assertThat(r.port()).isEqualTo(2189);
                    assertThat(r.path()).isEqualTo("/rootDesc.xml");
                    assertThat(r.address()).isEqualTo("127.50.0.9");
                });
        assertThat(UpnpDescription.request("127.50.0.9", "http://127.50.0.10:2189/rootDesc.xml")).isEmpty();
        assertThat(UpnpDescription.request("127.50.0.9", "http://router.example:2189/rootDesc.xml")).isEmpty();
        assertThat(UpnpDescription.request("127.50.0.9", "http://face:80/x")).isEmpty();
        assertThat(UpnpDescription.request("127.50.0.9", "https://127.50.0.9/rootDesc.xml")).isEmpty();
        assertThat(UpnpDescription.request("127.50.0.9", "http://u:p@127.50.0.9/rootDesc.xml")).isEmpty();
        assertThat(UpnpDescription.request("::1", "http://[::1]:5000/d.xml")).isPresent();
    }

    @Test
    void aRealRootDescriptionGivesIdentityButNoSerial() {
        DiscoveryReply.UpnpDevice d = UpnpDescription.parse(sample("rootDesc_pfsense_miniupnpd_2.2.1.xml")).orElseThrow();
        assertThat(d.manufacturer()).contains("FreeBSD");
        assertThat(d.modelName()).contains("FreeBSD router");
        assertThat(d.modelNumber()).contains("2.5.0-RELEASE");
        assertThat(d.deviceType()).contains("urn:schemas-upnp-org:device:InternetGatewayDevice:1");
        assertThat(d.toString()).doesNotContain("BEE7052B");
    }

    @Test
    void theDhipSearchIsTheSampleByteForByte() {
        String[] lines = text("dhip_discovery_udp37810_search_request.hex.txt").split("\n");
        byte[] header = HexFormat.of().parseHex(lines[1].strip());
        byte[] body = (lines[2].strip() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] expected = new byte[header.length + body.length];
        System.arraycopy(header, 0, expected, 0, header.length);
        System.arraycopy(body, 0, expected, header.length, body.length);
        assertThat(DhipDiscovery.request()).isEqualTo(expected);
    }

    @Test
    void aRealNotifyDevInfoIsReadWithoutSerialOrMac() {
        byte[] reply = DhipDiscovery.frame(sample("dhip_discovery_udp37810_notifyDevInfo_reply.json"));
        DiscoveryReply.Dhip d = DhipDiscovery.parse(reply).orElseThrow();
        assertThat(d.fields()).containsEntry("DeviceType", "IPC-HDW1431T1-S4").containsEntry("DeviceClass", "IPC")
                .containsEntry("Vendor", "Private").containsEntry("Version", "2.800.0000000.13.R")
                .containsEntry("HttpPort", "80").doesNotContainKeys("SerialNo", "MachineName", "mac");
        assertThat(DhipDiscovery.parse(sample("dhip_discovery_udp37810_notifyDevInfo_reply.json"))).isEmpty();
        assertThat(DhipDiscovery.parse(DhipDiscovery.request())).isEmpty();
        byte[] lying = reply.clone();
        lying[16] = (byte) 0xff; // body length beyond the datagram
        assertThat(DhipDiscovery.parse(lying)).isEqualTo(Optional.empty());
    }
}
