package dev.blindspot.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * nmap's service detection ({@code nmap -sV -Pn -n}, loopback only) names the lab's Hikvision, Axis and Dahua services as
 * it names the real products, from the match lines of its nmap-service-probes (see lab/SOURCES.md, "nmap"):
 * <ul>
 *   <li>Hikvision RTSP: "Hikvision 7513 POE IP camera rtspd" (its 200 to a SIP/2.0 OPTIONS, CSeq echoed).
 *   <li>Hikvision HTTP: nmap has no line for the current "Server: Webs" firmware (only for App-webs/, DNVRS-Webs,
 *       Hikvision-Webs and the old DVR's 302 to index.asp), so only the generic service name is asserted.
 *   <li>Axis HTTP: "Apache httpd" 2.4.27, from the Server header (nmap has no line for current Axis firmware).
 *   <li>Axis RTSP: "GStreamer rtspd" (the 503 GStreamer's RTSP connection gives an HTTP GET).
 *   <li>Dahua HTTP: "Dahua webcam httpd" (capital header names, BOM, XHTML Strict page).
 *   <li>Dahua RTSP: nmap's line for the 401 in realm "Login to &lt;serial&gt;" is labelled "Lorex IP camera rtspd"
 *       (a Dahua OEM); its older "Dahua IP camera rtspd" lines are for the "Dahua Rtsp Server" firmware.
 * </ul>
 * Skipped, with the reason shown, only when nmap is not installed ({@code apt-get install nmap}; CI installs it).
 */
class NmapAgreementTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);
    private static Path nmap;
    private static RunningLab lab;

    @BeforeAll
    static void start() {
        nmap = ExternalTool.find("nmap").orElse(null);
        Assumptions.assumeTrue(nmap != null, "nmap is not installed (apt-get install nmap): skipping the nmap "
                + "agreement test");
        lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA),
                DeviceSpec.defaults(DeviceKind.HARDENED_CAMERA), DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA)),
                TestLabs.options().withFirstAddress("127.35.4.1").withReadDeadline(Duration.ofSeconds(7)));
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void nmapNamesTheLabServicesAsItNamesTheRealDevices() throws Exception {
        LabDevice hikvision = lab.devices().get(0);
        LabDevice axis = lab.devices().get(1);
        LabDevice dahua = lab.devices().get(2);
        Map<String, Service> found = scan();

        assertThat(service(found, hikvision, "rtsp").product()).contains("Hikvision 7513 POE IP camera rtspd");
        assertThat(service(found, hikvision, "rtsp").deviceType()).contains("webcam");
        Service hikWeb = service(found, hikvision, "http");
        assertThat(hikWeb.name()).isEqualTo("http");
        assertThat(hikWeb.product()).as("no nmap line for Server: Webs; at most the header itself")
                .satisfiesAnyOf(p -> assertThat(p).isEmpty(), p -> assertThat(p).contains("Webs"));

        assertThat(service(found, axis, "http").product()).contains("Apache httpd");
        assertThat(service(found, axis, "http").version()).contains("2.4.27");
        assertThat(service(found, axis, "rtsp").name()).isEqualTo("rtsp");
        assertThat(service(found, axis, "rtsp").product()).contains("GStreamer rtspd");

        assertThat(service(found, dahua, "http").product()).contains("Dahua webcam httpd");
        Service dahuaRtsp = service(found, dahua, "rtsp");
        assertThat(dahuaRtsp.name()).isEqualTo("rtsp");
        assertThat(dahuaRtsp.product().orElseThrow()).isIn("Lorex IP camera rtspd", "Dahua IP camera rtspd");
    }

    private record Service(String name, Optional<String> product, Optional<String> version,
                           Optional<String> deviceType) {}

    private static Service service(Map<String, Service> found, LabDevice device, String service) {
        String key = device.address() + ":" + device.port(service).orElseThrow();
        Service s = found.get(key);
        assertThat(s).as("nmap result for %s (%s)", key, device.kind()).isNotNull();
        return s;
    }

    /**
     * {@code nmap -sV -Pn -n -p <ports> -oX - <addresses>}, three runs at once: Axis and Dahua on both ports,
     * Hikvision RTSP, and Hikvision HTTP with {@code --version-light}. nmap knows no hard match for the Webs 200
     * and would spend about 100 s trying every probe on that port, as it would on the real camera; the generic
     * name, which is all that is asserted there, comes from the first probe.
     */
    private static Map<String, Service> scan() throws Exception {
        List<LabDevice> d = lab.devices();
        List<List<String>> runs = List.of(
                List.of("-p", ports(d.get(1), "http", "rtsp"), d.get(1).address(), d.get(2).address()),
                List.of("-p", ports(d.get(0), "rtsp"), d.get(0).address()),
                List.of("--version-light", "-p", ports(d.get(0), "http"), d.get(0).address()));
        List<CompletableFuture<ExternalTool.Run>> running = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (List<String> args : runs) {
                List<String> command = new ArrayList<>(List.of(nmap.toString(), "-sV", "-Pn", "-n", "-oX", "-"));
                command.addAll(args);
                command.stream().filter(a -> a.matches("\\d+\\.\\d+\\.\\d+\\.\\d+"))
                        .forEach(a -> assertThat(a).as("loopback only").startsWith("127."));
                running.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return ExternalTool.run(command, TIMEOUT);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, executor));
            }
        }
        Map<String, Service> found = new HashMap<>();
        for (var future : running) {
            ExternalTool.Run run = future.join();
            assertThat(run.exitCode()).as("nmap: %s", run.stderr()).isZero();
            found.putAll(parse(run.stdout()));
        }
        return found;
    }

    private static String ports(LabDevice device, String... services) {
        return String.join(",", Arrays.stream(services)
                .map(s -> Integer.toString(device.port(s).orElseThrow())).toList());
    }

    private static Map<String, Service> parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setExpandEntityReferences(false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Map<String, Service> out = new HashMap<>();
        NodeList hosts = doc.getElementsByTagName("host");
        for (int h = 0; h < hosts.getLength(); h++) {
            Element host = (Element) hosts.item(h);
            String address = ((Element) host.getElementsByTagName("address").item(0)).getAttribute("addr");
            NodeList ports = host.getElementsByTagName("port");
            for (int p = 0; p < ports.getLength(); p++) {
                Element port = (Element) ports.item(p);
                NodeList services = port.getElementsByTagName("service");
                if (services.getLength() == 0) {
                    continue;
                }
                Element s = (Element) services.item(0);
                out.put(address + ":" + port.getAttribute("portid"), new Service(s.getAttribute("name"),
                        attribute(s, "product"), attribute(s, "version"), attribute(s, "devicetype")));
            }
        }
        return out;
    }

    private static Optional<String> attribute(Element e, String name) {
        return e.hasAttribute(name) ? Optional.of(e.getAttribute(name)) : Optional.empty();
    }
}
