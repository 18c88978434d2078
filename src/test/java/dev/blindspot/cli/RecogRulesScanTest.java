package dev.blindspot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.fingerprint.FingerprintRule;
import dev.blindspot.fingerprint.FingerprintRules;
import dev.blindspot.fingerprint.VendorVocabulary;
import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.Report;
import dev.blindspot.scan.PortSet;
import dev.blindspot.scan.ScanListener;
import dev.blindspot.scan.ScanProfile;
import dev.blindspot.scan.ScanSettings;
import dev.blindspot.scope.Scope;
import dev.blindspot.scope.TargetParser;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Proves the rules derived from rapid7/recog (ids {@code recog-*}, and the older rules recog examples were added to,
 * {@link #EXTENDED_WITH_RECOG_EXAMPLES}) through the real scanner, not only the regex: every example of every such
 * surveillance rule is served from its own loopback address (127.57.x.y) the way a device sends it
 * ({@link CorpusDevices}), scanned, and must come out with the rule's vendor and class (the SSH rules too, though they
 * name network equipment: they prove the SSH greeting path). Favicon digests cannot be
 * served (no bytes with a given MD5 are at hand): {@link #faviconDigestNamesTheDevice} proves that path with an icon of
 * its own on 127.59.0.1.
 */
class RecogRulesScanTest {

    /** The evidence sources {@link CorpusDevices} can serve. */
    private static final Set<String> SERVABLE = Set.of("http.server", "http.www-authenticate", "http.title",
            "rtsp.server", "tls.subject", "ftp.banner", "telnet.banner", "ssh.banner");
    /** Rules written before the recog coverage whose examples now include recog's (rapid7/recog xml/*.xml, BSD-2). */
    private static final Set<String> EXTENDED_WITH_RECOG_EXAMPLES = Set.of("axis-ftp-banner", "axis-encoder-ftp-banner",
            "iqeye-title", "panasonic-title");

    private record Case(FingerprintRule rule, String value, String address) {}

    @Test
    void everyRecogExampleIsIdentifiedThroughTheScanner() throws Exception {
        VendorVocabulary vocabulary = VendorVocabulary.loadDefault();
        List<Case> cases = new ArrayList<>();
        for (FingerprintRule rule : FingerprintRules.loadDefault(vocabulary).rules()) {
            if ((rule.id().startsWith("recog-") || EXTENDED_WITH_RECOG_EXAMPLES.contains(rule.id())) && SERVABLE.contains(rule.source())
                    && rule.deviceClass().map(c -> c.isSurveillance() || rule.source().equals("ssh.banner")).orElse(false)) {
                for (FingerprintRule.Example ex : rule.examples()) {
                    int n = cases.size();
                    cases.add(new Case(rule, ex.value(), "127.57." + (n / 250) + "." + (n % 250 + 1)));
                }
            }
        }
        assertThat(cases).as("recog-derived surveillance examples").hasSizeGreaterThan(10);
        Map<String, AssetEntry> assets;
        try (CorpusDevices devices = new CorpusDevices()) {
            for (Case c : cases) {
                devices.serve(InetAddress.getByName(c.address()), c.rule().source(), c.value());
            }
            Report report = scan(cases.stream().map(Case::address).toList());
            assets = report.assets().stream().collect(Collectors.toMap(AssetEntry::address, Function.identity()));
        }
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            Optional<AssetEntry> asset = Optional.ofNullable(assets.get(c.address()));
            Optional<String> vendor = asset.flatMap(AssetEntry::vendor);
            Optional<String> cls = asset.flatMap(AssetEntry::deviceClass);
            boolean ok = c.rule().vendor().map(v -> vendor.equals(Optional.of(v))).orElse(true)
                    && cls.equals(c.rule().deviceClass().map(d -> d.wireName()));
            if (!ok) {
                wrong.add(c.rule().id() + " <- " + c.value() + ": got " + vendor.orElse("-") + " / " + cls.orElse("-"));
            }
        }
        System.out.printf("recog-derived examples through the scanner: %d/%d right%n", cases.size() - wrong.size(), cases.size());
        assertThat(wrong).as("examples identified wrongly").isEmpty();
    }

    /**
     * The probe suite fetches {@code /favicon.ico} after {@code GET /} and records the MD5 of its raw bytes (binary, not
     * text); a rule naming that digest then names the device.
     */
    @Test
    void faviconDigestNamesTheDevice() throws Exception {
        byte[] icon = new byte[1406];
        for (int i = 0; i < icon.length; i++) {
            icon[i] = (byte) (i * 31 + 7); // every byte value, invalid UTF-8 included
        }
        String md5 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(icon));
        List<dev.blindspot.inventory.Observation> observations;
        java.util.concurrent.ScheduledExecutorService watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try (CorpusDevices devices = new CorpusDevices();
             DefaultProbeSuite suite = new DefaultProbeSuite(ScanProfile.safe(), Duration.ofSeconds(3), Clock.systemUTC())) {
            devices.serveFavicon(InetAddress.getByName("127.59.0.1"), icon);
            observations = suite.probePort(new dev.blindspot.scan.ProbeContext(Duration.ofSeconds(3), watchdog, ScanProfile.safe()),
                    "127.59.0.1", new dev.blindspot.scan.PortSpec(CorpusDevices.HTTP, "http"));
        } finally {
            watchdog.shutdownNow();
        }
        assertThat(observations).anySatisfy(o -> {
            assertThat(o).isInstanceOf(dev.blindspot.inventory.FaviconObservation.class);
            assertThat(((dev.blindspot.inventory.FaviconObservation) o).md5().answer()).contains(md5);
        });
        VendorVocabulary vocabulary = VendorVocabulary.loadDefault();
        String yaml = "rules:\n  - {id: test-favicon, source: http.favicon.md5, pattern: '^" + md5 + "$', vendor: Axis, "
                + "deviceClass: camera, strength: medium, examples: [{value: \"" + md5 + "\"}]}\n";
        List<FingerprintRule> rules = new ArrayList<>(FingerprintRules.loadDefault(vocabulary).rules());
        rules.addAll(FingerprintRules.parse(new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                vocabulary).rules());
        dev.blindspot.inventory.Identity identity = new dev.blindspot.fingerprint.Fingerprinter(new FingerprintRules(rules), vocabulary)
                .identify("127.59.0.1", observations);
        assertThat(identity.vendor()).contains("Axis");
        assertThat(identity.deviceClass()).contains(dev.blindspot.inventory.DeviceClass.CAMERA);
    }

    /** No favicon request when {@code GET /} already named the vendor (a Hikvision Server header); one otherwise. */
    @Test
    void faviconIsSkippedWhenTheFirstAnswerNamesTheVendor() throws Exception {
        java.util.concurrent.ScheduledExecutorService watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try (CorpusDevices devices = new CorpusDevices();
             DefaultProbeSuite suite = new DefaultProbeSuite(ScanProfile.safe(), Duration.ofSeconds(3), Clock.systemUTC())) {
            devices.serve(InetAddress.getByName("127.59.0.2"), "http.server", "App-webs/");
            devices.serve(InetAddress.getByName("127.59.0.3"), "http.server", "Boa/0.94.14rc21");
            dev.blindspot.scan.ProbeContext context = new dev.blindspot.scan.ProbeContext(Duration.ofSeconds(3), watchdog,
                    ScanProfile.safe());
            dev.blindspot.scan.PortSpec http = new dev.blindspot.scan.PortSpec(CorpusDevices.HTTP, "http");
            java.util.function.Predicate<dev.blindspot.inventory.Observation> favicon = o ->
                    o instanceof dev.blindspot.inventory.FaviconObservation;
            assertThat(suite.probePort(context, "127.59.0.2", http)).noneMatch(favicon);
            assertThat(suite.probePort(context, "127.59.0.3", http)).anyMatch(favicon);
        } finally {
            watchdog.shutdownNow();
        }
    }

    private static Report scan(List<String> targets) throws Exception {
        Scope scope = new Scope(TargetParser.withSystemResolver().parseAll(targets), List.of());
        ScanProfile profile = ScanProfile.safe();
        ScanSettings settings = new ScanSettings(PortSet.parse(CorpusDevices.PORTS), profile, 64, 4, Duration.ofSeconds(3));
        try (DefaultProbeSuite suite = new DefaultProbeSuite(profile, settings.timeout(), Clock.systemUTC())) {
            return new Assessment(settings, suite, Clock.systemUTC()).run(scope, new AtomicBoolean(), ScanListener.NONE);
        }
    }
}
