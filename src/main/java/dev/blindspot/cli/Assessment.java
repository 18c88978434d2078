package dev.blindspot.cli;

import dev.blindspot.check.CheckCatalogue;
import dev.blindspot.check.CheckOptions;
import dev.blindspot.check.CheckOutput;
import dev.blindspot.check.Severity;
import dev.blindspot.check.Vantage;
import dev.blindspot.fingerprint.Fingerprinter;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.Observation;
import dev.blindspot.patch.AuditHistory;
import dev.blindspot.policy.Policy;
import dev.blindspot.report.Report;
import dev.blindspot.report.ReportBuilder;
import dev.blindspot.report.ScanInfo;
import dev.blindspot.report.checklist.Answers;
import dev.blindspot.report.checklist.ChecklistDefinition;
import dev.blindspot.report.checklist.ChecklistEvaluator;
import dev.blindspot.scan.ProbeSuite;
import dev.blindspot.scan.ScanEngine;
import dev.blindspot.scan.ScanListener;
import dev.blindspot.scan.ScanResult;
import dev.blindspot.scan.ScanSettings;
import dev.blindspot.scope.Scope;
import dev.blindspot.site.SiteLayout;
import dev.blindspot.vuln.VulnKnowledge;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/** One assessment: scan the scope, run every check, build the canonical report. Shared by scan and demo. */
final class Assessment {

    /** Said once per report instead of an UNKNOWN per asset: the reason is the run's, not any device's. */
    static final String NO_HISTORY_NOTE = "firmware-audit-overdue not judged: no previous report given"
            + " (--baseline FILE or --history DIR)";

    /**
     * How the run is judged beyond the scan itself.
     *
     * @param notes         remarks made before the scan (multicast answers from outside the scope, files read)
     * @param revealSecrets {@code --reveal-secrets}
     * @param audits        previous reports ({@code --baseline}, {@code --history})
     * @param policies      compliance policies ({@code --policy})
     * @param answers       answers to the checklist's manual items ({@code --answers})
     * @param extra         observations made outside the engine's scan (a gateway's UPnP audit outside the targets,
     *                      router configuration files), merged into its inventory before the checks
     * @param vantage       where the scan ran from ({@code --vantage})
     * @param knowledge     the vulnerability knowledge base of {@code --kb FILE}; empty: the bundled one
     */
    record Extras(List<String> notes, boolean revealSecrets, Optional<AuditHistory> audits, Set<Policy> policies,
                  Answers answers, List<Observation> extra, Vantage vantage, Optional<VulnKnowledge> knowledge) {

        Extras {
            notes = List.copyOf(notes);
            policies = Set.copyOf(policies);
            extra = List.copyOf(extra);
        }

        static Extras none() {
            return new Extras(List.of(), false, Optional.empty(), Set.of(), Answers.none(), List.of(), Vantage.INTERNAL,
                    Optional.empty());
        }
    }

    private final ScanSettings settings;
    private final ProbeSuite suite;
    private final Clock clock;
    private final SiteLayout site;
    private final Extras extras;

    Assessment(ScanSettings settings, ProbeSuite suite, Clock clock) {
        this(settings, suite, clock, SiteLayout.byDefault());
    }

    /** With the site's zones for segmentation checks ({@code scan --site}). */
    Assessment(ScanSettings settings, ProbeSuite suite, Clock clock, SiteLayout site) {
        this(settings, suite, clock, site, Extras.none());
    }

    private Assessment(ScanSettings settings, ProbeSuite suite, Clock clock, SiteLayout site, Extras extras) {
        this.settings = settings;
        this.suite = suite;
        this.clock = clock;
        this.site = site;
        this.extras = extras;
    }

    private Assessment with(Extras changed) {
        return new Assessment(settings, suite, clock, site, changed);
    }

    /** The same assessment with remarks made before the scan (e.g. multicast answers from outside the scope). */
    Assessment withNotes(List<String> before) {
        Extras e = extras;
        return with(new Extras(before, e.revealSecrets(), e.audits(), e.policies(), e.answers(), e.extra(), e.vantage(), e.knowledge()));
    }

    /** The same assessment showing passwords in finding evidence ({@code --reveal-secrets}). */
    Assessment revealingSecrets(boolean reveal) {
        Extras e = extras;
        return with(new Extras(e.notes(), reveal, e.audits(), e.policies(), e.answers(), e.extra(), e.vantage(), e.knowledge()));
    }

    /** The same assessment judging audit age against earlier reports ({@code --baseline}, {@code --history}). */
    Assessment withAuditHistory(Optional<AuditHistory> history) {
        Extras e = extras;
        return with(new Extras(e.notes(), e.revealSecrets(), history, e.policies(), e.answers(), e.extra(), e.vantage(), e.knowledge()));
    }

    /** The same assessment with compliance policies ({@code --policy}). */
    Assessment withPolicies(Set<Policy> asked) {
        Extras e = extras;
        return with(new Extras(e.notes(), e.revealSecrets(), e.audits(), asked, e.answers(), e.extra(), e.vantage(), e.knowledge()));
    }

    /** The operator's answers to the checklist's manual items ({@code --answers}). */
    Assessment withAnswers(Answers given) {
        Extras e = extras;
        return with(new Extras(e.notes(), e.revealSecrets(), e.audits(), e.policies(), given, e.extra(), e.vantage(), e.knowledge()));
    }

    /**
     * The same assessment with more observations made outside the engine's scan, merged into its inventory before
     * the checks (the UPnP IGD audit of a gateway named with {@code --gateway} outside the targets).
     */
    Assessment withObservations(List<? extends Observation> more) {
        Extras e = extras;
        List<Observation> all = new ArrayList<>(e.extra());
        all.addAll(more);
        return with(new Extras(e.notes(), e.revealSecrets(), e.audits(), e.policies(), e.answers(), all, e.vantage(), e.knowledge()));
    }

    /** The same assessment with facts read from files before the scan ({@code --router-config}), added after probing. */
    Assessment withImported(List<? extends Observation> observations) {
        return withObservations(observations);
    }

    /** The same assessment judged from {@code where} ({@code --vantage}). */
    Assessment seenFrom(Vantage where) {
        Extras e = extras;
        return with(new Extras(e.notes(), e.revealSecrets(), e.audits(), e.policies(), e.answers(), e.extra(), where, e.knowledge()));
    }

    /** The same assessment matching CVEs against {@code knowledge} ({@code --kb FILE}); empty: the bundled one. */
    Assessment withKnowledge(Optional<VulnKnowledge> knowledge) {
        Extras e = extras;
        return with(new Extras(e.notes(), e.revealSecrets(), e.audits(), e.policies(), e.answers(), e.extra(), e.vantage(),
                knowledge));
    }

    Report run(Scope scope, AtomicBoolean cancel, ScanListener listener) {
        return run(scope, cancel, listener, true);
    }

    /** With {@code checks} false, an inventory: the assets only, no check runs. */
    Report run(Scope scope, AtomicBoolean cancel, ScanListener listener, boolean checks) {
        ScanEngine engine = new ScanEngine(settings, suite, Fingerprinter.loadDefault(), clock);
        ScanResult result = engine.run(scope, cancel, listener);
        Inventory inventory = extras.extra().isEmpty() ? result.inventory() : result.inventory().plus(extras.extra());
        CheckOptions options = new CheckOptions(settings.profile().tryDefaultCredentials(), extras.revealSecrets())
                .withScanTime(result.startedAt()).withAuditHistory(extras.audits()).withPolicies(extras.policies())
                .withVantage(extras.vantage());
        List<CheckOutput> outputs = checks ? extras.knowledge()
                .map(k -> CheckCatalogue.loadDefault(site, options, k)).orElseGet(() -> CheckCatalogue.loadDefault(site, options))
                .evaluate(inventory) : List.of();
        List<String> checkNotes = checks && extras.audits().isEmpty() ? List.of(NO_HISTORY_NOTE) : List.of();
        ScanInfo info = new ScanInfo(result.startedAt().toString(), result.finishedAt().toString(), scope.targets(),
                scope.exclusions(), settings.profile().name(), result.complete(),
                (int) scope.size().min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue(),
                (int) Math.min(Integer.MAX_VALUE, result.addressesProbed()),
                Stream.of(extras.notes(), vantageNote(), result.notes(), checkNotes).flatMap(List::stream).toList(), checks);
        Report report = new ReportBuilder().build(new Report.ToolInfo("blindspot", VersionProvider.version()), info,
                inventory, outputs);
        return checks ? report.withChecklist(new ChecklistEvaluator(ChecklistDefinition.bundled())
                .evaluate(report.findings(), extras.answers())) : report;
    }

    /** The report says when it was judged from outside. */
    private List<String> vantageNote() {
        return extras.vantage() == Vantage.EXTERNAL ? List.of("vantage external: scanned from outside the site; every"
                + " surveillance service that answered is reachable from the internet (internet-exposed-service)") : List.of();
    }

    /** Exit code for a finished report: FINDINGS when an open finding is at or above {@code failOn}. */
    static int exitCode(Report report, Optional<Severity> failOn) {
        if (failOn.isEmpty()) {
            return ExitCodes.OK;
        }
        boolean hit = report.findings().stream().anyMatch(f -> f.open() && f.severity().atLeast(failOn.get()));
        return hit ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
