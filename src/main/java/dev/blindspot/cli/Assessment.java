package dev.blindspot.cli;

import dev.blindspot.check.CheckCatalogue;
import dev.blindspot.check.CheckOutput;
import dev.blindspot.check.CheckOptions;
import dev.blindspot.check.Severity;
import dev.blindspot.fingerprint.Fingerprinter;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.Observation;
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
import dev.blindspot.report.checklist.Answers;
import dev.blindspot.report.checklist.ChecklistDefinition;
import dev.blindspot.report.checklist.ChecklistEvaluator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.blindspot.patch.AuditHistory;
import dev.blindspot.policy.Policy;
import java.util.concurrent.atomic.AtomicBoolean;

/** One assessment: scan the scope, run every check, build the canonical report. Shared by scan and demo. */
final class Assessment {

    private final ScanSettings settings;
    private final ProbeSuite suite;
    private final Clock clock;
    private final SiteLayout site;
    private final List<String> notes;
    private final boolean revealSecrets;
    private final Answers answers;
    private final Optional<AuditHistory> audits;
    private final Set<Policy> policies;
    private final List<dev.blindspot.inventory.Observation> extra;

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
        this(settings, suite, clock, site, notes, revealSecrets, Optional.empty(), Set.of(), Answers.none(), List.of());
    }

    private Assessment(ScanSettings settings, ProbeSuite suite, Clock clock, SiteLayout site, List<String> notes,
                       boolean revealSecrets, Optional<AuditHistory> audits, Set<Policy> policies, Answers answers,
                       List<dev.blindspot.inventory.Observation> extra) {
        this.answers = answers;
        this.audits = audits;
        this.policies = Set.copyOf(policies);
        this.extra = List.copyOf(extra);
        this.revealSecrets = revealSecrets;
        this.settings = settings;
        this.suite = suite;
        this.clock = clock;
        this.site = site;
        this.notes = List.copyOf(notes);
    }

    /** The same assessment with remarks made before the scan (e.g. multicast answers from outside the scope). */
    Assessment withNotes(List<String> before) {
        return new Assessment(settings, suite, clock, site, before, revealSecrets, audits, policies, answers, extra);
    }

    /** The same assessment showing passwords in finding evidence ({@code --reveal-secrets}). */
    Assessment revealingSecrets(boolean reveal) {
        return new Assessment(settings, suite, clock, site, notes, reveal, audits, policies, answers, extra);
    }

    /** The same assessment with facts read from files before the scan ({@code --router-config}), added after probing. */
    Assessment withImported(List<? extends dev.blindspot.inventory.Observation> observations) {
        List<dev.blindspot.inventory.Observation> all = new java.util.ArrayList<>(extra);
        all.addAll(observations);
        return withObservations(all);
    }

    /**
     * The same assessment with observations made outside the engine's scan, merged into its inventory before the
     * checks (the UPnP IGD audit of a gateway named with {@code --gateway} outside the targets).
     */
    Assessment withObservations(List<dev.blindspot.inventory.Observation> more) {
        return new Assessment(settings, suite, clock, site, notes, revealSecrets, audits, policies, answers, more);
    }

    /** The operator's answers to the checklist's manual items ({@code --answers}). */
    Assessment withAnswers(Answers given) {
        return new Assessment(settings, suite, clock, site, notes, revealSecrets, audits, policies, given, extra);
    }

    /** The same assessment judging audit age against earlier reports ({@code --baseline}, {@code --history}). */
    Assessment withAuditHistory(Optional<AuditHistory> history) {
        return new Assessment(settings, suite, clock, site, notes, revealSecrets, history, policies, answers, extra);
    }

    /** The same assessment with compliance policies ({@code --policy}). */
    Assessment withPolicies(Set<Policy> asked) {
        return new Assessment(settings, suite, clock, site, notes, revealSecrets, audits, asked, answers, extra);
    }

    /** Said once per report instead of an UNKNOWN per asset: the reason is the run's, not any device's. */
    static final String NO_HISTORY_NOTE = "firmware-audit-overdue not judged: no previous report given"
            + " (--baseline FILE or --history DIR)";

    Report run(Scope scope, AtomicBoolean cancel, ScanListener listener) {
        return run(scope, cancel, listener, true);
    }

    /** With {@code checks} false, an inventory: the assets only, no check runs. */
    Report run(Scope scope, AtomicBoolean cancel, ScanListener listener, boolean checks) {
        ScanEngine engine = new ScanEngine(settings, suite, Fingerprinter.loadDefault(), clock);
        ScanResult result = engine.run(scope, cancel, listener);
        dev.blindspot.inventory.Inventory inventory = extra.isEmpty() ? result.inventory() : result.inventory().plus(extra);
        CheckOptions options = new CheckOptions(settings.profile().tryDefaultCredentials(), revealSecrets)
                .withScanTime(result.startedAt()).withAuditHistory(audits).withPolicies(policies);
        List<CheckOutput> outputs = checks ? CheckCatalogue.loadDefault(site, options).evaluate(inventory) : List.of();
        List<String> checkNotes = checks && audits.isEmpty() ? List.of(NO_HISTORY_NOTE) : List.of();
        ScanInfo info = new ScanInfo(result.startedAt().toString(), result.finishedAt().toString(), scope.targets(),
                scope.exclusions(), settings.profile().name(), result.complete(),
                (int) scope.size().min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue(),
                (int) Math.min(Integer.MAX_VALUE, result.addressesProbed()),
                java.util.stream.Stream.of(notes, result.notes(), checkNotes).flatMap(List::stream).toList(), checks);
        Report report = new ReportBuilder().build(new Report.ToolInfo("blindspot", VersionProvider.version()), info,
                inventory, outputs);
        return checks ? report.withChecklist(new ChecklistEvaluator(ChecklistDefinition.bundled())
                .evaluate(report.findings(), answers)) : report;
    }

    /** Exit code for a finished report: FINDINGS when a failing finding is at or above {@code failOn}. */
    static int exitCode(Report report, Optional<Severity> failOn) {
        if (failOn.isEmpty()) {
            return ExitCodes.OK;
        }
        boolean hit = report.findings().stream().anyMatch(f -> f.open() && f.severity().atLeast(failOn.get()));
        return hit ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
