package dev.blindspot.cli;

import dev.blindspot.check.CheckCatalogue;
import dev.blindspot.check.CheckOutput;
import dev.blindspot.check.CheckOptions;
import dev.blindspot.check.Severity;
import dev.blindspot.fingerprint.Fingerprinter;
import dev.blindspot.report.Report;
import dev.blindspot.report.ReportBuilder;
import dev.blindspot.report.ScanInfo;
import dev.blindspot.scan.ProbeSuite;
import dev.blindspot.scan.ScanEngine;
import dev.blindspot.scan.ScanListener;
import dev.blindspot.scan.ScanResult;
import dev.blindspot.scan.ScanSettings;
import dev.blindspot.scope.Scope;
import dev.blindspot.site.SiteLayout;
import java.math.BigInteger;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** One assessment: scan the scope, run every check, build the canonical report. Shared by scan and demo. */
final class Assessment {

    private final ScanSettings settings;
    private final ProbeSuite suite;
    private final Clock clock;
    private final SiteLayout site;
    private final List<String> notes;
    private final boolean revealSecrets;
    private final dev.blindspot.check.Vantage vantage;

    Assessment(ScanSettings settings, ProbeSuite suite, Clock clock) {
        this(settings, suite, clock, SiteLayout.byDefault());
    }

    /** With the site's zones for segmentation checks ({@code scan --site}). */
    Assessment(ScanSettings settings, ProbeSuite suite, Clock clock, SiteLayout site) {
        this(settings, suite, clock, site, List.of());
    }

    private Assessment(ScanSettings settings, ProbeSuite suite, Clock clock, SiteLayout site, List<String> notes) {
        this(settings, suite, clock, site, notes, false);
    }

    private Assessment(ScanSettings settings, ProbeSuite suite, Clock clock, SiteLayout site, List<String> notes,
                       boolean revealSecrets) {
        this(settings, suite, clock, site, notes, revealSecrets, dev.blindspot.check.Vantage.INTERNAL);
    }

    private Assessment(ScanSettings settings, ProbeSuite suite, Clock clock, SiteLayout site, List<String> notes,
                       boolean revealSecrets, dev.blindspot.check.Vantage vantage) {
        this.vantage = vantage;
        this.revealSecrets = revealSecrets;
        this.settings = settings;
        this.suite = suite;
        this.clock = clock;
        this.site = site;
        this.notes = List.copyOf(notes);
    }

    /** The same assessment with remarks made before the scan (e.g. multicast answers from outside the scope). */
    Assessment withNotes(List<String> before) {
        return new Assessment(settings, suite, clock, site, before, revealSecrets, vantage);
    }

    /** The same assessment showing passwords in finding evidence ({@code --reveal-secrets}). */
    Assessment revealingSecrets(boolean reveal) {
        return new Assessment(settings, suite, clock, site, notes, reveal, vantage);
    }

    /** The same assessment judged from {@code where} ({@code --vantage}; issue 7). */
    Assessment seenFrom(dev.blindspot.check.Vantage where) {
        return new Assessment(settings, suite, clock, site, notes, revealSecrets, where);
    }

    Report run(Scope scope, AtomicBoolean cancel, ScanListener listener) {
        return run(scope, cancel, listener, true);
    }

    /** With {@code checks} false, an inventory: the assets only, no check runs. */
    Report run(Scope scope, AtomicBoolean cancel, ScanListener listener, boolean checks) {
        ScanEngine engine = new ScanEngine(settings, suite, Fingerprinter.loadDefault(), clock);
        ScanResult result = engine.run(scope, cancel, listener);
        List<CheckOutput> outputs = checks ? CheckCatalogue.loadDefault(site,
                new CheckOptions(settings.profile().tryDefaultCredentials(), revealSecrets, vantage)).evaluate(result.inventory()) : List.of();
        ScanInfo info = new ScanInfo(result.startedAt().toString(), result.finishedAt().toString(), scope.targets(),
                scope.exclusions(), settings.profile().name(), result.complete(),
                (int) scope.size().min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue(),
                (int) Math.min(Integer.MAX_VALUE, result.addressesProbed()),
                java.util.stream.Stream.of(notes.stream(), vantageNote().stream(), result.notes().stream())
                        .flatMap(x -> x).toList(), checks);
        return new ReportBuilder().build(new Report.ToolInfo("blindspot", VersionProvider.version()), info,
                result.inventory(), outputs);
    }

    /** The report says when it was judged from outside (issue 7). */
    private java.util.Optional<String> vantageNote() {
        return vantage == dev.blindspot.check.Vantage.EXTERNAL ? java.util.Optional.of("vantage external: scanned from"
                + " outside the site; every surveillance service that answered is reachable from the internet"
                + " (internet-exposed-service)") : java.util.Optional.empty();
    }

    /** Exit code for a finished report: FINDINGS when a failing finding is at or above {@code failOn}. */
    static int exitCode(Report report, Optional<Severity> failOn) {
        if (failOn.isEmpty()) {
            return ExitCodes.OK;
        }
        boolean hit = report.findings().stream().anyMatch(f -> f.failing() && f.severity().atLeast(failOn.get()));
        return hit ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
