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
 * Proves the rules derived from rapid7/recog (ids {@code recog-*}) through the real scanner, not only the regex: every
 * example of every such surveillance rule is served from its own loopback address (127.57.x.y) the way a device sends
 * it ({@link CorpusDevices}), scanned, and must come out with the rule's vendor and class.
 */
class RecogRulesScanTest {

    /** The evidence sources {@link CorpusDevices} can serve. */
    private static final Set<String> SERVABLE = Set.of("http.server", "http.www-authenticate", "http.title",
            "rtsp.server", "tls.subject", "ftp.banner", "telnet.banner");

    private record Case(FingerprintRule rule, String value, String address) {}

    @Test
    void everyRecogExampleIsIdentifiedThroughTheScanner() throws Exception {
        VendorVocabulary vocabulary = VendorVocabulary.loadDefault();
        List<Case> cases = new ArrayList<>();
        for (FingerprintRule rule : FingerprintRules.loadDefault(vocabulary).rules()) {
            if (rule.id().startsWith("recog-") && SERVABLE.contains(rule.source())
                    && rule.deviceClass().map(c -> c.isSurveillance()).orElse(false)) {
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

    private static Report scan(List<String> targets) throws Exception {
        Scope scope = new Scope(TargetParser.withSystemResolver().parseAll(targets), List.of());
        ScanProfile profile = ScanProfile.safe();
        ScanSettings settings = new ScanSettings(PortSet.parse(CorpusDevices.PORTS), profile, 64, 4, Duration.ofSeconds(3));
        try (DefaultProbeSuite suite = new DefaultProbeSuite(profile, settings.timeout(), Clock.systemUTC())) {
            return new Assessment(settings, suite, Clock.systemUTC()).run(scope, new AtomicBoolean(), ScanListener.NONE);
        }
    }
}
