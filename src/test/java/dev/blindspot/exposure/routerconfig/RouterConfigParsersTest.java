package dev.blindspot.exposure.routerconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each format's parser on a realistic configuration (src/test/resources/routercfg, written after each format's
 * documentation): camera forwards, an unrelated web server forward, DMZ hosts, inbound rules, and the companion rules
 * (NAT reflection, conntrack, associated filter rules) that must not be read as forwards.
 */
class RouterConfigParsersTest {

    @Test
    void iptablesSaveDnatAndWanAccepts() throws Exception {
        RouterConfig c = Fixtures.read("iptables-save.txt");
        assertThat(c.format()).isEqualTo(RouterConfigFormat.IPTABLES);
        // line 11 (DNAT from br-lan: NAT reflection), 12 (REDIRECT to the router), 24-25 (conntrack) are not rules here
        assertThat(Fixtures.lines(c)).containsExactly(
                "7 fwd TCP 8554 -> 192.168.1.64:554",
                "8 fwd TCP 8000 -> 192.168.1.64:8000",
                "9 fwd TCP 37777 -> 192.168.1.108:37777",
                "9 fwd TCP 37778 -> 192.168.1.108:37778",
                "10 fwd TCP 443 -> 192.168.1.20:443",
                "23 input UDP 51820 -> *",
                "26 allow TCP 554 -> 192.168.1.64",
                "27 allow TCP 443 -> 192.168.1.20");
        assertThat(c.rules().getFirst().description()).contains("front camera RTSP");
    }

    @Test
    void nftTextDnatSetsRangesAndAccepts() throws Exception {
        RouterConfig c = Fixtures.read("nft-ruleset.nft");
        assertThat(c.format()).isEqualTo(RouterConfigFormat.NFT);
        assertThat(Fixtures.lines(c)).containsExactly(
                "11 input UDP 51820 -> *",
                "18 allow TCP 554,8000 -> 192.168.1.64",
                "19 allow TCP 443 -> 192.168.1.20",
                "30 fwd TCP 8554 -> 192.168.1.64:554",
                "31 fwd TCP 34567 -> 192.168.1.30:34567",
                "32 fwd TCP 443 -> 192.168.1.20:443",
                "33 fwd TCP 9000-9001 -> 192.168.1.77:9000-9001");
    }

    @Test
    void nftJsonRulesWithTheirLinesSkippingReflection() throws Exception {
        RouterConfig c = Fixtures.read("nft-ruleset.json");
        assertThat(c.format()).isEqualTo(RouterConfigFormat.NFT_JSON);
        assertThat(Fixtures.lines(c)).containsExactly(
                "22 allow TCP 80,554 -> 192.168.1.108",
                "37 fwd TCP 8554 -> 192.168.1.64:554",
                "45 fwd TCP/UDP 60000-60010 -> 192.168.1.50:60000-60010",
                "52 fwd TCP 443 -> 192.168.1.20:443");
        assertThat(c.rules().get(1).description()).contains("front camera");
    }

    @Test
    void nftJsonOnOneLineAsNftPrintsItNamesChainAndHandle() throws Exception {
        String json = "{\"nftables\": [{\"metainfo\": {\"version\": \"1.0.6\", \"json_schema_version\": 1}},"
                + " {\"chain\": {\"family\": \"ip\", \"table\": \"nat\", \"name\": \"prerouting\", \"handle\": 1, \"type\": \"nat\","
                + " \"hook\": \"prerouting\", \"prio\": -100, \"policy\": \"accept\"}}, {\"rule\": {\"family\": \"ip\", \"table\": \"nat\","
                + " \"chain\": \"prerouting\", \"handle\": 4, \"expr\": [{\"match\": {\"op\": \"==\", \"left\": {\"meta\": {\"key\":"
                + " \"iifname\"}}, \"right\": \"eth0\"}}, {\"match\": {\"op\": \"==\", \"left\": {\"payload\": {\"protocol\": \"tcp\","
                + " \"field\": \"dport\"}}, \"right\": 37777}}, {\"dnat\": {\"addr\": \"10.0.0.8\"}}]}}]}";
        RouterConfig c = new RouterConfigReader().parse("ruleset.json", json, Optional.empty());
        assertThat(Fixtures.lines(c)).containsExactly("1 fwd TCP 37777 -> 10.0.0.8:37777");
        assertThat(c.rules().getFirst().description()).contains("chain prerouting handle 4");
    }

    @Test
    void openWrtRedirectsRulesAndDmz() throws Exception {
        RouterConfig c = Fixtures.read("openwrt-firewall");
        assertThat(c.format()).isEqualTo(RouterConfigFormat.OPENWRT);
        // Allow-Ping (icmp) is not a port rule; the SDK forward is kept but disabled
        assertThat(Fixtures.lines(c)).containsExactly(
                "29 input UDP 68 -> *",
                "45 fwd TCP 8554 -> 192.168.1.64:554",
                "55 fwd TCP 8000 -> 192.168.1.64:8000 off",
                "66 fwd TCP 443 -> 192.168.1.20:443",
                "76 dmz 192.168.1.108",
                "82 allow TCP 554,8000 -> fd00:1:0:0:0:0:0:64",
                "92 input UDP 51820 -> *");
        assertThat(c.rules().get(1).description()).contains("Hikvision RTSP");
    }

    @Test
    void pfSensePortForwardsOneToOneAndWanPassRules() throws Exception {
        RouterConfig c = Fixtures.read("pfsense-config.xml");
        assertThat(c.format()).isEqualTo(RouterConfigFormat.PFSENSE);
        // the alias target (NVR_HOSTS) is not resolved; the filter rule associated with the camera forward, the LAN
        // rule and the block rule are not inbound allows
        assertThat(Fixtures.lines(c)).containsExactly(
                "26 fwd TCP 8554 -> 192.168.1.64:554",
                "46 fwd TCP 8443 -> 192.168.1.20:443",
                "62 fwd TCP/UDP 37777-37778 -> 192.168.1.108:37777-37778 off",
                "91 dmz 192.168.1.108",
                "121 allow TCP 554 -> 2001:db8:10::/64");
        assertThat(c.rules().getFirst().description()).contains("Front door camera RTSP");
    }

    @Test
    void opnsenseUsesTheSameShapeWithDisabledZeroMeaningEnabled() throws Exception {
        RouterConfig c = Fixtures.read("opnsense-config.xml");
        assertThat(c.format()).isEqualTo(RouterConfigFormat.PFSENSE);
        assertThat(Fixtures.lines(c)).containsExactly("19 fwd TCP 9000 -> 10.10.0.30:9000", "42 allow TCP 443 -> 10.10.0.20");
    }

    @Test
    void mikrotikExportWithContinuationsQuotesAndInlineMenu() throws Exception {
        RouterConfig c = Fixtures.read("mikrotik-export.rsc");
        assertThat(c.format()).isEqualTo(RouterConfigFormat.MIKROTIK);
        // the hairpin rule (in-interface-list=LAN) and the defconf drop/established rules are not rules here
        assertThat(Fixtures.lines(c)).containsExactly(
                "22 allow TCP 554 -> 192.168.88.65",
                "24 allow TCP 443 -> 192.168.88.20",
                "29 fwd TCP 8554 -> 192.168.88.64:554",
                "31 fwd TCP 34567 -> 192.168.88.70:34567",
                "33 fwd TCP 443 -> 192.168.88.20:443",
                "37 fwd TCP 8000 -> 192.168.88.64:8000 off",
                "39 dmz 192.168.88.99");
        assertThat(c.rules().get(2).description()).contains("Camera \"front\" RTSP");
    }

    @Test
    void dnatWithoutPortIsADmzHostInEveryLineFormat() throws Exception {
        RouterConfigReader reader = new RouterConfigReader();
        RouterConfig ipt = reader.parse("ipt", "*nat\n-A PREROUTING -i wan -j DNAT --to-destination 10.0.0.9\nCOMMIT\n",
                Optional.empty());
        RouterConfig nft = reader.parse("nft", "table ip nat {\n chain pre {\n  type nat hook prerouting priority -100;\n"
                + "  iifname \"wan\" dnat to 10.0.0.9\n }\n}\n", Optional.empty());
        assertThat(Fixtures.lines(ipt)).containsExactly("2 dmz 10.0.0.9");
        assertThat(Fixtures.lines(nft)).containsExactly("4 dmz 10.0.0.9");
    }

    @Test
    void openWrtFw3ChainsNftThDportAndPfSenseNoRedirect() throws Exception {
        RouterConfigReader reader = new RouterConfigReader();
        RouterConfig fw3 = reader.parse("fw3", """
                *filter
                :zone_wan_forward - [0:0]
                -A zone_wan_forward -m conntrack --ctstate DNAT -m comment --comment "!fw3: Accept port forwards" -j ACCEPT
                -A zone_wan_forward -p tcp -d 192.168.1.64/32 -m tcp --dport 554 -m comment --comment "!fw3: cam" -j zone_lan_dest_ACCEPT
                -A zone_lan_forward -j zone_wan_dest_ACCEPT
                COMMIT
                *nat
                -A zone_wan_prerouting -p tcp -m tcp --dport 8554 -m comment --comment "!fw3: cam" -j DNAT --to-destination 192.168.1.64:554
                -A zone_lan_prerouting -s 192.168.1.0/24 -d 203.0.113.7/32 -p tcp -m tcp --dport 8554 -j DNAT --to-destination 192.168.1.64:554
                COMMIT
                """, Optional.empty());
        assertThat(Fixtures.lines(fw3)).containsExactly("4 allow TCP 554 -> 192.168.1.64", "8 fwd TCP 8554 -> 192.168.1.64:554");
        assertThat(fw3.rules().getFirst().description()).contains("cam");

        RouterConfig nft = reader.parse("nft", """
                table inet fw4 {
                	chain dstnat_wan {
                		meta nfproto ipv4 meta l4proto { tcp, udp } th dport 37777-37778 dnat ip to 192.168.1.108 comment "!fw4: nvr"
                	}
                }
                """, Optional.empty());
        assertThat(Fixtures.lines(nft)).containsExactly("3 fwd TCP/UDP 37777-37778 -> 192.168.1.108:37777-37778");

        RouterConfig noRedirect = reader.parse("config.xml", """
                <?xml version="1.0"?>
                <pfsense><nat><rule><nordr/><interface>wan</interface><protocol>tcp</protocol><target>192.168.1.64</target>
                <local-port>554</local-port><destination><network>wanip</network><port>554</port></destination></rule></nat></pfsense>
                """, Optional.empty());
        assertThat(noRedirect.rules()).isEmpty();
    }
}
