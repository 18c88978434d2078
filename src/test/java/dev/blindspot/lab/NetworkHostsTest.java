package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The UPnP router answers as the miniupnpd samples it is built from, on TCP and UDP, and well enough for the real
 * miniupnpc client; the workstation and printer answer as plain non-surveillance hosts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkHostsTest {

    private static final String ROUTER = "127.34.30.1";
    private static final String WORKSTATION = "127.34.30.2";
    private static final String PRINTER = "127.34.30.3";
    private static final String CAMERA = "127.34.40.1";
    private static final List<PortMapping> MAPPINGS = List.of(
            PortMapping.tcp(8080, CAMERA, 80, "IPC web"),
            PortMapping.tcp(10554, CAMERA, 554, "IPC rtsp"));

    private RunningLab lab;

    @BeforeAll
    void start() {
        lab = Lab.start(List.of(
                DeviceSpec.defaults(DeviceKind.UPNP_ROUTER).withApp(AppSettings.DEFAULT.withPortMappings(MAPPINGS)),
                DeviceSpec.defaults(DeviceKind.WORKSTATION), DeviceSpec.defaults(DeviceKind.PRINTER)),
                TestLabs.options().withFirstAddress(ROUTER));
    }

    @AfterAll
    void stop() {
        lab.close();
    }

    private int port(String address, String service) {
        return lab.device(address).orElseThrow().port(service).orElseThrow();
    }

    private static String soap(String action, String body) {
        String envelope = "<?xml version=\"1.0\"?>\r\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body><u:" + action
                + " xmlns:u=\"urn:schemas-upnp-org:service:WANIPConnection:1\">" + body + "</u:" + action
                + "></s:Body></s:Envelope>\r\n";
        return "POST /ctl/IPConn HTTP/1.1\r\nHost: " + ROUTER + ":5555\r\nContent-Type: text/xml\r\n"
                + "SOAPAction: \"urn:schemas-upnp-org:service:WANIPConnection:1#" + action + "\"\r\n"
                + "Connection: close\r\nContent-Length: " + envelope.length() + "\r\n\r\n" + envelope;
    }

    /** Like {@link Samples#reply} but tolerant of empty header values ({@code EXT:}) as UPnP devices send them. */
    private static Wire.Reply sample(String path) {
        String all = Samples.text(path);
        int end = all.indexOf("\r\n\r\n");
        String head = end < 0 ? all : all.substring(0, end);
        String[] lines = head.split("\r\n");
        List<dev.blindspot.inventory.Header> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new dev.blindspot.inventory.Header(lines[i].substring(0, colon),
                    lines[i].substring(colon + 1).strip()));
        }
        String body = end < 0 ? "" : all.substring(end + 4);
        return new Wire.Reply(lines[0], headers, body.getBytes(StandardCharsets.UTF_8), head);
    }

    private static String elements(String xml) {
        List<String> names = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("<([A-Za-z][\\w:]*)").matcher(xml);
        while (m.find()) {
            names.add(m.group(1).replaceFirst("^m:", "u:"));
        }
        return String.join(",", names);
    }

    @Test
    void rootDescriptionIsTheNetgearSampleWithTheDevicesOwnBaseAndUdns() throws Exception {
        assertThat(lab.device(ROUTER).orElseThrow().port("http")).contains(5555);
        Wire.Reply sample = sample("upnp/http_rootDesc_netgear_R7500v2.http");
        Wire.Reply reply = Wire.exchange(ROUTER, 5555, "GET /rootDesc.xml HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(reply.statusLine()).isEqualTo(sample.statusLine());
        assertThat(reply.names()).isEqualTo(sample.names());
        for (String same : List.of("Content-Type", "Connection", "Server", "Ext", "Content-Language")) {
            assertThat(reply.header(same)).as(same).isEqualTo(sample.header(same));
        }
        String uuid = "uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        assertThat(reply.text().replace("http://" + ROUTER + ":5555", "BASE").replaceAll(uuid, "UUID"))
                .isEqualTo(sample.text().replace("http://192.168.0.1:5555", "BASE").replaceAll(uuid, "UUID"));
    }

    @Test
    void portMappingsAreListedByIndexUntilFault713() throws Exception {
        Wire.Reply first = Wire.exchange(ROUTER, 5555, soap("GetGenericPortMappingEntry",
                "<NewPortMappingIndex>0</NewPortMappingIndex>"));
        Wire.Reply sample = sample("upnp/http_GetGenericPortMappingEntry_idx0_200_actiontec_GT784WN.http");
        assertThat(first.status()).isEqualTo(200);
        assertThat(elements(first.text())).isEqualTo(elements(sample.text()));
        assertThat(first.text()).contains("<NewExternalPort>8080</NewExternalPort>",
                "<NewInternalClient>" + CAMERA + "</NewInternalClient>", "<NewInternalPort>80</NewInternalPort>");
        // miniupnpd's own framing (sample upnp/http_GetStatusInfo_200_miniupnpd_2.1.http): declaration, CRLF, one line
        String status = sample("upnp/http_GetStatusInfo_200_miniupnpd_2.1.http").text();
        assertThat(first.text().substring(0, first.text().indexOf("<s:Body>")))
                .isEqualTo(status.substring(0, status.indexOf("<s:Body>")));
        assertThat(first.text()).endsWith("</s:Body></s:Envelope>\r\n");

        Wire.Reply second = Wire.exchange(ROUTER, 5555, soap("GetGenericPortMappingEntry",
                "<NewPortMappingIndex>1</NewPortMappingIndex>"));
        assertThat(second.text()).contains("<NewExternalPort>10554</NewExternalPort>");
        Wire.Reply past = Wire.exchange(ROUTER, 5555, soap("GetGenericPortMappingEntry",
                "<NewPortMappingIndex>2</NewPortMappingIndex>"));
        Wire.Reply fault = sample("upnp/http_GetGenericPortMappingEntry_500_713_dlink_WebServer.http");
        assertThat(past.statusLine()).isEqualTo(fault.statusLine());
        assertThat(past.text()).isEqualTo(fault.text().replaceAll(">\\s+<", "><").replaceFirst("^<\\?xml[^>]*>", "").strip());
    }

    @Test
    void externalAddressAnswersInTheSamplesShape() throws Exception {
        Wire.Reply reply = Wire.exchange(ROUTER, 5555, soap("GetExternalIPAddress", ""));
        Wire.Reply sample = sample("upnp/http_GetExternalIPAddress_200_actiontec_GT784WN.http");
        assertThat(elements(reply.text())).isEqualTo(elements(sample.text()));
        assertThat(reply.text()).contains("<NewExternalIPAddress>198.51.100.23</NewExternalIPAddress>");
    }

    @Test
    void unicastMSearchGetsAMiniupnpdAnswerPointingAtTheDescription() throws Exception {
        byte[] request = Samples.bytes("upnp/ssdp_msearch_request_IGD.txt");
        try (DatagramSocket client = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.34.30.250"), 0))) {
            client.setSoTimeout(3000);
            client.send(new DatagramPacket(request, request.length, new InetSocketAddress(ROUTER, 1900)));
            DatagramPacket answer = new DatagramPacket(new byte[2048], 2048);
            client.receive(answer);
            String text = new String(answer.getData(), 0, answer.getLength(), StandardCharsets.ISO_8859_1);
            Wire.Reply sample = sample("upnp/ssdp_msearch_response_pfsense_miniupnpd.http");
            List<String> names = new ArrayList<>();
            for (String line : text.split("\r\n")) {
                if (line.contains(":") && !line.startsWith("HTTP/")) {
                    names.add(line.substring(0, line.indexOf(':')));
                }
            }
            assertThat(names).isEqualTo(sample.names().subList(0, 6));
            assertThat(text).startsWith(sample.statusLine() + "\r\n").endsWith("\r\n\r\n")
                    .contains("ST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n",
                            "LOCATION: http://" + ROUTER + ":5555/rootDesc.xml\r\n",
                            "SERVER: R7500v2 UPnP/1.0 miniupnpd/1.0\r\n");
            byte[] other = "NOTIFY * HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            client.send(new DatagramPacket(other, other.length, new InetSocketAddress(ROUTER, 1900)));
            org.junit.jupiter.api.Assertions.assertThrows(SocketTimeoutException.class,
                    () -> client.receive(new DatagramPacket(new byte[2048], 2048)));
        }
    }

    @Test
    void theRealMiniupnpcClientListsThePlantedMappings() throws Exception {
        Path upnpc = Path.of("/usr/bin/upnpc");
        assumeTrue(Files.isExecutable(upnpc), "upnpc (Debian package miniupnpc) is not installed; .ci/run installs it");
        Process process = new ProcessBuilder(upnpc.toString(), "-u", "http://" + ROUTER + ":5555/rootDesc.xml", "-l")
                .redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("upnpc finished").isTrue();
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(output).as(output).contains("ExternalIPAddress = 198.51.100.23");
        assertThat(output).as(output).containsPattern(" 0 TCP +8080->" + CAMERA.replace(".", "\\.") + ":80 ")
                .containsPattern(" 1 TCP +10554->" + CAMERA.replace(".", "\\.") + ":554 ");
    }

    @Test
    void workstationGreetsWithOpenSshAndServesApachesDefaultPage() throws Exception {
        try (Socket ssh = new Socket()) {
            ssh.connect(new InetSocketAddress(WORKSTATION, port(WORKSTATION, "ssh")), 2000);
            ssh.setSoTimeout(3000);
            byte[] banner = ssh.getInputStream().readNBytes("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n".length());
            assertThat(new String(banner, StandardCharsets.ISO_8859_1)).isEqualTo("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n");
        }
        Wire.Reply page = Wire.exchange(WORKSTATION, port(WORKSTATION, "http"), "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(page.header("Server")).contains("Apache/2.4.62 (Debian)");
        assertThat(page.text()).contains("<title>Apache2 Debian Default Page: It works</title>");
        assertThat(lab.device(WORKSTATION).orElseThrow().failing()).isEmpty();
    }

    @Test
    void printerServesItsWebPageIppAndRawPort() throws Exception {
        Wire.Reply page = Wire.exchange(PRINTER, port(PRINTER, "http"), "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(page.header("Server").orElseThrow()).startsWith("HP HTTP Server; HP LaserJet Pro M404dn - ");
        assertThat(page.text()).contains("<title>HP LaserJet Pro M404dn");
        byte[] ipp = {2, 0, 0, 0x0b, 0, 0, 0, 7, 3};
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(PRINTER, port(PRINTER, "ipp")), 2000);
            s.setSoTimeout(3000);
            s.getOutputStream().write(("POST /ipp/print HTTP/1.1\r\nHost: x\r\nContent-Type: application/ipp\r\n"
                    + "Connection: close\r\nContent-Length: " + ipp.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().write(ipp);
            byte[] all = s.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Type: application/ipp");
            int body = text.indexOf("\r\n\r\n") + 4;
            assertThat(new byte[] {all[body], all[body + 1], all[body + 2], all[body + 3], all[body + 7]})
                    .containsExactly(2, 0, 0, 0, 7);
        }
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress(PRINTER, 9100), 2000);
            assertThat(raw.isConnected()).isTrue();
        }
        assertThat(lab.device(PRINTER).orElseThrow().failing()).isEmpty();
    }
}
