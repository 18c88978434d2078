package dev.blindspot.protocol.upnp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.UpnpIgdReply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The IGD audit's parsers on real router answers (src/test/resources/upnp, see SOURCES.md there); no traffic. */
class IgdProtocolTest {

    private static byte[] sample(String name) {
        try (InputStream in = IgdProtocolTest.class.getResourceAsStream("/upnp/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Status code and body of a captured HTTP answer. */
    private static IgdSoap.Answer soap(String name) {
        String all = new String(sample(name), StandardCharsets.UTF_8);
        int status = Integer.parseInt(all.substring(9, 12));
        return IgdSoap.parse(status, all.substring(all.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void miniupnpdsConnectionServiceIsFoundInItsEmbeddedDevicesAndResolvedAgainstTheDescriptionUrl() {
        List<UpnpIgdReply.Service> services = IgdServices.parse(sample("rootDesc_pfsense_miniupnpd_2.2.1.xml"),
                "http://192.168.1.1:2189/rootDesc.xml", "192.168.1.1");
        assertThat(services).containsExactly(new UpnpIgdReply.Service("urn:schemas-upnp-org:service:WANIPConnection:1",
                "http://192.168.1.1:2189/ctl/IPConn"));
    }

    @Test
    void igdV2PppServiceIsFoundAndWanCommonInterfaceAndFirewallServicesAreNot() {
        List<UpnpIgdReply.Service> services = IgdServices.parse(sample("rootDesc_sagemcom_livebox_IGDv2.xml"),
                "http://192.168.1.1:49152/rootDesc.xml", "192.168.1.1");
        assertThat(services).containsExactly(new UpnpIgdReply.Service("urn:schemas-upnp-org:service:WANPPPConnection:2",
                "http://192.168.1.1:49152/87895a19/upnp/control/WANIPConn1"));
    }

    @Test
    void aControlUrlOnAnotherAddressOrSchemeIsDropped() {
        String xml = new String(sample("rootDesc_pfsense_miniupnpd_2.2.1.xml"), StandardCharsets.UTF_8);
        assertThat(IgdServices.parse(xml.replace("<controlURL>/ctl/IPConn", "<controlURL>http://192.168.1.9/ctl/IPConn")
                .getBytes(StandardCharsets.UTF_8), "http://192.168.1.1:2189/rootDesc.xml", "192.168.1.1")).isEmpty();
        assertThat(IgdServices.parse(xml.replace("<controlURL>/ctl/IPConn", "<controlURL>https://192.168.1.1/ctl/IPConn")
                .getBytes(StandardCharsets.UTF_8), "http://192.168.1.1:2189/rootDesc.xml", "192.168.1.1")).isEmpty();
        // the description's own base is honoured, but must still be the answering address
        assertThat(IgdServices.parse(xml.replace("<specVersion>", "<URLBase>http://10.0.0.7:80/</URLBase><specVersion>")
                .getBytes(StandardCharsets.UTF_8), "http://192.168.1.1:2189/rootDesc.xml", "192.168.1.1")).isEmpty();
    }

    @Test
    void aDescriptionWithADoctypeIsRefused() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<root><device><serviceList><service><serviceType>urn:schemas-upnp-org:service:WANIPConnection:1"
                + "</serviceType><controlURL>/&x;</controlURL></service></serviceList></device></root>";
        assertThat(IgdServices.parse(bomb.getBytes(StandardCharsets.UTF_8), "http://192.168.1.1/", "192.168.1.1")).isEmpty();
    }

    @Test
    void actiontecsFirstEntryIsAMappingAndIndexOneIsFault713() {
        IgdSoap.Answer first = soap("http_GetGenericPortMappingEntry_idx0_200_actiontec_GT784WN.http");
        assertThat(first).isInstanceOf(IgdSoap.Answer.Ok.class);
        assertThat(PortMappings.entry(((IgdSoap.Answer.Ok) first).arguments(), "NewPortMappingDescription", "NewLeaseDuration"))
                .contains(new UpnpIgdReply.Mapping("", 3658, "UDP", "192.168.0.10", 3658, true,
                        "192.168.0.10:3658 to 3658 (UDP)", 0));
        assertThat(soap("http_GetGenericPortMappingEntry_idx1_500_713_actiontec_GT784WN.http"))
                .isEqualTo(new IgdSoap.Answer.Fault(713, "SpecifiedArrayIndexInvalid"));
        assertThat(soap("http_GetGenericPortMappingEntry_500_713_dlink_WebServer.http"))
                .isEqualTo(new IgdSoap.Answer.Fault(713, "SpecifiedArrayIndexInvalid"));
    }

    @Test
    void brokenAnswersAreFailuresNotMappings() {
        assertThat(IgdSoap.parse(200, "<html>no</html".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IgdSoap.Answer.Failed.class);
        assertThat(IgdSoap.parse(500, "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
                .concat("<faultcode>s:Client</faultcode></s:Fault></s:Body></s:Envelope>").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IgdSoap.Answer.Failed.class);
        assertThat(PortMappings.entry(Map.of("NewExternalPort", "99999", "NewInternalPort", "80", "NewProtocol", "TCP",
                "NewInternalClient", "192.168.1.5"), "NewPortMappingDescription", "NewLeaseDuration")).isEmpty();
        assertThat(PortMappings.entry(Map.of("NewExternalPort", "80", "NewInternalPort", "80", "NewProtocol", "ICMP",
                "NewInternalClient", "192.168.1.5"), "NewPortMappingDescription", "NewLeaseDuration")).isEmpty();
    }

    @Test
    void igdV2PortListingIsReadEntryByEntry() {
        List<UpnpIgdReply.Mapping> listed = PortMappings.listing(
                new String(sample("GetListOfPortMappings_NewPortListing.xml"), StandardCharsets.UTF_8));
        assertThat(listed).hasSize(3);
        assertThat(listed.get(0)).isEqualTo(new UpnpIgdReply.Mapping("", 5002, "UDP", "192.168.1.123", 4001, true, "xxx", 0));
        assertThat(listed.get(1)).isEqualTo(new UpnpIgdReply.Mapping("202.233.2.1", 2345, "TCP", "192.168.1.137", 2349,
                true, "dooom", 346));
    }

    @Test
    void theDefaultGatewayIsTheDefaultRouteWithTheGatewayFlag() {
        String table = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
                + "eth0\t0002A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n"
                + "eth0\t00000000\t0102A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n";
        assertThat(DefaultGateway.parse(table)).contains("192.168.2.1");
        assertThat(DefaultGateway.parse(table.lines().limit(2).reduce("", (a, b) -> a + b + "\n"))).isEmpty();
        // a default route that is down (flags without RTF_UP) is no gateway
        assertThat(DefaultGateway.parse(table.replace("\t0003\t", "\t0002\t"))).isEmpty();
    }
}
