package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.fingerprint.VendorVocabulary;
import dev.blindspot.inventory.DeviceClass;
import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.Report;
import dev.blindspot.scan.PortSet;
import dev.blindspot.scan.ScanListener;
import dev.blindspot.scan.ScanProfile;
import dev.blindspot.scan.ScanSettings;
import dev.blindspot.scope.Scope;
import dev.blindspot.scope.TargetParser;
import java.io.InputStream;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Serves every banner of the fingerprint corpus ({@code fingerprint/banners-dev.json}, rapid7/recog examples) from
 * its own loopback address the way a device sends it, scans them all with the real scanner (safe profile: identity
 * comes from the first pass) and checks the vendor and class of each asset; ordinary web servers (Apache, nginx,
 * IIS, a printer, a NAS) scanned alongside must never be called surveillance devices.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusScanTest {

    private static final String CORPUS_NET = "127.36.0.";
    private static final String ORDINARY_NET = "127.36.1.";
    private static final double MIN_ACCURACY = 0.95;

    /** Ordinary servers: Server header and page title of {@code GET /} (empty when the server sends none). */
    private static final List<Ordinary> ORDINARY = List.of(
            new Ordinary("Apache/2.4.62 (Debian)", "Apache2 Debian Default Page: It works"),
            new Ordinary("Apache/2.4.58 (Ubuntu)", "Apache2 Ubuntu Default Page: It works"),
            new Ordinary("nginx/1.22.1", "Welcome to nginx!"),
            new Ordinary("nginx", ""),
            new Ordinary("Microsoft-IIS/10.0", "IIS Windows Server"),
            new Ordinary("HP HTTP Server; HP LaserJet Pro M404dn - W1A53A; Serial Number: PHB0000000; "
                    + "Built: Thu Jan 12, 2023 03:45:08PM {002.2149A_000000}", "HP LaserJet Pro M404dn"),
            new Ordinary("nginx", "Synology DiskStation"),
            new Ordinary("", "Synology DiskStation"),
            new Ordinary("lighttpd/1.4.69", "QNAP Turbo NAS"),
            // Servers that cameras share with ordinary devices (rapid7/recog xml/http_servers.xml examples, BSD-2):
            // generic embedded servers, printers, NAS and UPS cards never become surveillance devices by themselves.
            new Ordinary("GoAhead-Webs", ""),
            new Ordinary("Boa/0.94.14rc21", ""),
            new Ordinary("mini_httpd/1.14 23jun2000", ""),
            new Ordinary("Mbedthis-Appweb/2.4.0", ""),
            new Ordinary("Allegro-Software-RomPager/4.01", ""),
            new Ordinary("HP-ChaiServer/2.2", ""),
            new Ordinary("EWS-NIC4/13.40", ""),
            new Ordinary("NetApp/7.3.4P1", ""),
            new Ordinary("UPS_Server/1.0", ""),
            new Ordinary("CUPS/1.1", ""),
            new Ordinary("Microsoft-HTTPAPI/2.0", ""),
            new Ordinary("thttpd/2.25b 29dec2003", ""),
            new Ordinary("lighttpd/1.4.35", ""),
            // Titles of non-surveillance devices that share words with cameras and video devices (rapid7/recog
            // xml/html_title.xml examples, BSD-2): environment monitors of AVTECH Software (not the AVTECH cameras),
            // video conferencing, media servers.
            new Ordinary("", "AVTECH Device ManageR"),
            new Ordinary("", "AVTECH Software, Inc. - Room Alert 11E - Advanced Computer Room Environment Monitoring, "
                    + "Alerting &amp; Automatic Corrective Action"),
            new Ordinary("", "Cisco TelePresence MCU - Home page"),
            new Ordinary("", "Cisco IP Phone"),
            new Ordinary("", "VBrick Rev"),
            new Ordinary("", "CRESTRON"),
            new Ordinary("", "Lifesize&reg;"),
            new Ordinary("", "HDHomeRun Main Menu"),
            new Ordinary("", "Network Monitor"),
            new Ordinary("", "Diagnostics Web Server"));

    /**
     * Greetings of non-surveillance hosts that cameras share or resemble (rapid7/recog xml/telnet_banners.xml,
     * xml/ftp_banners.xml, xml/ssh_banners.xml examples, BSD-2): bare login prompts, Axis print servers, embedded SSH
     * servers. Served as field/value like the corpus, on 127.36.2.x.
     */
    private static final List<String[]> ORDINARY_BANNERS = List.of(
            new String[] {"telnet.banner", "login:"},
            new String[] {"telnet.banner", "VxWorks login:"},
            new String[] {"telnet.banner", "Username:"},
            new String[] {"telnet.banner", "RT-AC68R login:"},
            new String[] {"ftp.banner", "AXIS 560 FTP Network Print Server V6.00 Jul 7 1999 ready."},
            new String[] {"ftp.banner", "AXIS 5600+ (rev 3) FTP Network Print Server V7.00 Sep 10 2004 ready."},
            new String[] {"ftp.banner", "AXIS 5470e FTP Network Print Server V6.30.beta2 Sep 25 2002 ready."},
            new String[] {"ftp.banner", "VxWorks (5.3.1) FTP server ready"},
            new String[] {"ftp.banner", "(vsFTPd 2.0.5)"},
            new String[] {"ssh.banner", "dropbear_2015.67"},
            new String[] {"ssh.banner", "OpenSSH_7.4p1 Debian-10+deb9u1"},
            new String[] {"ssh.banner", "libssh-0.6.0"});
    private static final String ORDINARY_BANNER_NET = "127.36.2.";

    /**
     * Further corpora (a held-out {@code banners-test.json}, ...) read from here when present: {@code ../shared/corpus}
     * relative to the project, or the directory named by the environment variable {@code BLINDSPOT_CORPUS_DIR} (for a
     * worktree that lives elsewhere).
     */
    private static final java.nio.file.Path SHARED_CORPUS = Optional.ofNullable(System.getenv("BLINDSPOT_CORPUS_DIR"))
            .filter(s -> !s.isBlank()).map(java.nio.file.Path::of).orElse(java.nio.file.Path.of("..", "shared", "corpus"));
    /** Addresses of the further corpora: 127.58.&lt;block&gt;.&lt;host&gt;, 250 entries per block. */
    private static final String EXTRA_NET = "127.58.";

    private final List<CorpusEntry> corpus = new ArrayList<>();
    /** Each further corpus file by name, with its entries and the address each is served on. */
    private final Map<String, List<Served>> extra = new java.util.TreeMap<>();
    private CorpusDevices devices;
    private Map<String, AssetEntry> assets;

    @BeforeAll
    void serveAndScan() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fingerprint/banners-dev.json")) {
            for (JsonNode n : new ObjectMapper().readTree(in)) {
                corpus.add(new CorpusEntry(n.get("id").asText(), n.get("field").asText(), n.get("value").asText(),
                        text(n, "vendor"), text(n, "deviceClass")));
            }
        }
        assertThat(corpus).hasSizeGreaterThan(20);
        devices = new CorpusDevices();
        for (int i = 0; i < corpus.size(); i++) {
            devices.serve(InetAddress.getByName(CORPUS_NET + (i + 1)), corpus.get(i).field(), corpus.get(i).value());
        }
        for (int i = 0; i < ORDINARY.size(); i++) {
            Ordinary o = ORDINARY.get(i);
            devices.serveWeb(InetAddress.getByName(ORDINARY_NET + (i + 1)), nonEmpty(o.server()), nonEmpty(o.title()));
        }
        for (int i = 0; i < ORDINARY_BANNERS.size(); i++) {
            devices.serve(InetAddress.getByName(ORDINARY_BANNER_NET + (i + 1)), ORDINARY_BANNERS.get(i)[0],
                    ORDINARY_BANNERS.get(i)[1]);
        }
        List<String> targets = new ArrayList<>(List.of(CORPUS_NET + "1-" + CORPUS_NET + corpus.size(),
                ORDINARY_NET + "1-" + ORDINARY_NET + ORDINARY.size(),
                ORDINARY_BANNER_NET + "1-" + ORDINARY_BANNER_NET + ORDINARY_BANNERS.size()));
        int next = 0;
        for (java.nio.file.Path file : furtherCorpusFiles()) {
            List<Served> served = new ArrayList<>();
            try (InputStream in = java.nio.file.Files.newInputStream(file)) {
                for (JsonNode n : new ObjectMapper().readTree(in)) {
                    String address = EXTRA_NET + (next / 250) + "." + (next % 250 + 1);
                    next++;
                    CorpusEntry e = new CorpusEntry(n.path("id").asText(String.valueOf(next)), n.get("field").asText(),
                            n.get("value").asText(), text(n, "vendor"), text(n, "deviceClass"));
                    devices.serve(InetAddress.getByName(address), e.field(), e.value());
                    targets.add(address);
                    served.add(new Served(e, address));
                }
            }
            extra.put(file.getFileName().toString(), served);
        }
        Report report = scan(targets);
        assets = report.assets().stream().collect(Collectors.toMap(AssetEntry::address, Function.identity()));
    }

    @AfterAll
    void stop() {
        if (devices != null) {
            devices.close();
        }
    }

    @Test
    void corpusDevicesAreIdentifiedByVendorAndClass() {
        List<Served> served = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            served.add(new Served(corpus.get(i), CORPUS_NET + (i + 1)));
        }
        assertAccurate("banners-dev.json (test resources)", served);
    }

    /**
     * Every further {@code ../shared/corpus/banners-*.json} (a held-out test set dropped there) is scored the same way,
     * each file on its own (the development file there too, as a check that the copy in the test resources is current).
     * Nothing to score when the directory or the files are absent.
     */
    @Test
    void furtherCorpusFilesAreIdentifiedByVendorAndClass() {
        extra.forEach(this::assertAccurate);
    }

    private static List<java.nio.file.Path> furtherCorpusFiles() throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(SHARED_CORPUS)) {
            return List.of();
        }
        try (java.util.stream.Stream<java.nio.file.Path> list = java.nio.file.Files.list(SHARED_CORPUS)) {
            return list.filter(p -> p.getFileName().toString().matches("banners-.+\\.json")).sorted().toList();
        }
    }

    private void assertAccurate(String name, List<Served> served) {
        VendorVocabulary vocabulary = VendorVocabulary.loadDefault();
        StringBuilder table = new StringBuilder(String.format("%n%s%n%-5s %-22s %-18s %-18s %-10s %-10s %s%n", name,
                "id", "field", "expected vendor", "scanned vendor", "expected", "scanned", "ok  value"));
        int right = 0;
        for (Served s : served) {
            CorpusEntry e = s.entry();
            Optional<AssetEntry> asset = Optional.ofNullable(assets.get(s.address()));
            Optional<String> vendor = asset.flatMap(AssetEntry::vendor);
            Optional<String> deviceClass = asset.flatMap(AssetEntry::deviceClass);
            Optional<String> wantVendor = e.vendor().map(v -> vocabulary.canonical(v).orElse(v));
            boolean ok = wantVendor.map(v -> vendor.equals(Optional.of(v))).orElse(true)
                    && e.deviceClass().map(c -> deviceClass.equals(Optional.of(c))).orElse(true);
            right += ok ? 1 : 0;
            table.append(String.format("%-5s %-22s %-18s %-18s %-10s %-10s %s %s%n", e.id(), e.field(),
                    wantVendor.orElse("(any)"), vendor.orElse(asset.isEmpty() ? "(no asset)" : "-"),
                    e.deviceClass().orElse("(any)"), deviceClass.orElse("-"), ok ? "ok  " : "MISS", e.value()));
        }
        assertThat(served).as("%s has entries", name).isNotEmpty();
        double accuracy = (double) right / served.size();
        table.append(String.format("%s: accuracy %d/%d = %.1f%%%n", name, right, served.size(), 100 * accuracy));
        System.out.print(table);
        assertThat(accuracy).as(table.toString()).isGreaterThanOrEqualTo(MIN_ACCURACY);
    }

    @Test
    void ordinaryServersAreNeverSurveillanceDevices() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < ORDINARY.size(); i++) {
            String address = ORDINARY_NET + (i + 1);
            Ordinary server = ORDINARY.get(i);
            AssetEntry asset = assets.get(address);
            assertThat(asset).as("asset %s (%s) answered on %d", address, server, CorpusDevices.HTTP).isNotNull();
            asset.deviceClass().map(DeviceClass::fromWire).filter(DeviceClass::isSurveillance)
                    .ifPresent(c -> wrong.add(server + " -> " + c.wireName() + " " + asset.vendor()));
        }
        for (int i = 0; i < ORDINARY_BANNERS.size(); i++) {
            String address = ORDINARY_BANNER_NET + (i + 1);
            String banner = String.join(" ", ORDINARY_BANNERS.get(i));
            AssetEntry asset = assets.get(address);
            assertThat(asset).as("asset %s (%s) answered", address, banner).isNotNull();
            asset.deviceClass().map(DeviceClass::fromWire).filter(DeviceClass::isSurveillance)
                    .ifPresent(c -> wrong.add(banner + " -> " + c.wireName() + " " + asset.vendor()));
        }
        assertThat(wrong).as("ordinary servers called surveillance devices").isEmpty();
    }

    private static Report scan(List<String> targets) throws Exception {
        Scope scope = new Scope(TargetParser.withSystemResolver().parseAll(targets), List.of());
        ScanProfile profile = ScanProfile.safe();
        ScanSettings settings = new ScanSettings(PortSet.parse(CorpusDevices.PORTS), profile, 64, 4, Duration.ofSeconds(3));
        try (DefaultProbeSuite suite = new DefaultProbeSuite(profile, settings.timeout(), Clock.systemUTC())) {
            return new Assessment(settings, suite, Clock.systemUTC()).run(scope, new AtomicBoolean(), ScanListener.NONE);
        }
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private record CorpusEntry(String id, String field, String value, Optional<String> vendor,
                               Optional<String> deviceClass) {}

    private record Ordinary(String server, String title) {}

    private record Served(CorpusEntry entry, String address) {}
}
