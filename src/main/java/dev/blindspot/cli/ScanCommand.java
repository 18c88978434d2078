package dev.blindspot.cli;

import dev.blindspot.check.Severity;
import dev.blindspot.credential.CredentialDataException;
import dev.blindspot.credential.CredentialSettings;
import dev.blindspot.credential.OperatorCredentials;
import dev.blindspot.protocol.discovery.MulticastDiscovery;
import dev.blindspot.report.Suppressions;
import dev.blindspot.report.checklist.Answers;
import java.time.LocalDate;
import java.time.ZoneOffset;
import dev.blindspot.report.checklist.ChecklistDefinition;
import dev.blindspot.report.render.ReportFormat;
import dev.blindspot.report.InventoryPrinter;
import dev.blindspot.report.Report;
import dev.blindspot.report.ReportFiles;
import dev.blindspot.report.SummaryPrinter;
import dev.blindspot.scan.PortSet;
import dev.blindspot.scan.ProbeSuite;
import dev.blindspot.scan.ScanProfile;
import dev.blindspot.scan.ScanSettings;
import dev.blindspot.scope.Scope;
import dev.blindspot.scope.TargetException;
import dev.blindspot.scope.TargetParser;
import dev.blindspot.site.SiteFile;
import dev.blindspot.site.SiteFileException;
import dev.blindspot.site.SiteLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import dev.blindspot.policy.Policy;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blindspot scan TARGET...}: discover, fingerprint, check, report. With {@code --inventory-only} (or as
 * {@code blindspot inventory}) it stops after fingerprinting: assets only, as JSON or CSV.
 */
@Command(name = "scan", description = "Scan networks you own for surveillance devices and their security gaps.")
class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TARGET",
            description = "IPv4/IPv6 address, CIDR (192.168.1.0/24), range a-b, hostname, or @file (one per line)")
    List<String> targets = new ArrayList<>();

    @Option(names = "--exclude", arity = "1..*", paramLabel = "T", description = "targets never to touch (same forms)")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--ports", paramLabel = "LIST", description = "ports to probe, e.g. 80,554,8000-8010,20554/rtsp (default: camera ports)")
    String ports;

    @Option(names = "--profile", defaultValue = "standard", description = "safe | standard | intrusive (default: ${DEFAULT-VALUE})")
    String profile;

    @Option(names = "--concurrency", defaultValue = "256", description = "connections open at once (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--host-concurrency", defaultValue = "4", description = "connections open at once to one host (default: ${DEFAULT-VALUE})")
    int hostConcurrency;

    @Option(names = "--timeout", defaultValue = "3s", converter = DurationConverter.class,
            description = "deadline of one probe exchange, e.g. 800ms, 3s (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report here (written atomically)")
    Path output;

    @Option(names = "--format", defaultValue = "json",
            description = "format of the -o file: json (default), html, sarif, csv (findings; assets with --inventory-only), md, junit, pdf")
    String format;

    @Option(names = "--inventory-only", description = "assets only (vendor, model, firmware, class, CPE), no checks;"
            + " implies --profile safe (no login attempts) unless --profile is given")
    boolean inventoryOnlyOption;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "exit 1 when a failing finding is at least this severe (critical, high, medium, low, info)")
    String failOn;

    @Option(names = "--yes", description = "confirm scans of more than 65,536 addresses")
    boolean yes;

    @Option(names = "--site", paramLabel = "FILE",
            description = "site layout (YAML: named zones with CIDR blocks and a purpose; docs/site.md) for segmentation "
                    + "checks; default: hosts grouped by IPv4 /24 and IPv6 /64")
    Path site;

    @Option(names = "--discover-on", paramLabel = "IFACE",
            description = "also discover by multicast (WS-Discovery, SSDP) on this interface only, TTL 1; answers from"
                    + " outside the targets are noted, never probed (default: unicast to the targets only)")
    String discoverOn;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "3",
            description = "failed login attempts per account per device per 30 minutes, over all its protocols and ports"
                    + " (default: ${DEFAULT-VALUE}; vendors known to lock after T failures get at most T-1)")
    int maxAttempts;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "your own credentials (YAML by address, range or vendor; docs/credentials.md), tried first,"
                    + " within the same budget")
    Path credentialsFile;

    @Option(names = "--weak-passwords", description = "also try a small list of common weak passwords (at most 10,"
            + " within the budget, after the vendor defaults)")
    boolean weakPasswords;

    @Option(names = "--kb", paramLabel = "FILE",
            description = "vulnerability knowledge base written by 'blindspot db update' (default: the bundled one)")
    Path kbFile;

    /** The knowledge base of {@code --kb}; set by {@link #call()} before the scan. */
    private Optional<dev.blindspot.vuln.VulnKnowledge> knowledge = Optional.empty();

    @Option(names = "--answers", paramLabel = "FILE",
            description = "answers to the checklist's manual items (MFA, audit log, vendor certification...): docs/answers.md")
    Path answersFile;

    /** The parsed {@code --answers} file (none when not given); set by {@link #call()} before the scan. */
    private Answers answers = Answers.none();

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "accepted risks with reason and expiry date (docs/suppressions.md); expired ones are reported")
    Path suppressionsFile;

    /** The parsed {@code --suppressions} file; set by {@link #call()} before the scan. */
    private Suppressions suppressions = new Suppressions(List.of());

    @Option(names = "--reveal-secrets", description = "show accepted passwords in the report instead of ****"
            + " (never in logs)")
    boolean revealSecrets;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "a previous report (JSON) of these devices: a device it does not list, or whose audit is over"
                    + " 90 days old, fails firmware-audit-overdue; SARIF output marks results new/unchanged/absent against it")
    Path baseline;

    @Option(names = "--history", paramLabel = "DIR",
            description = "a folder of previous reports (*.json; for each device the newest report that lists it counts),"
                    + " judged as with --baseline")
    Path history;

    @Option(names = "--policy", paramLabel = "NAME",
            description = "also check a compliance policy (repeatable): ndaa889 = equipment of vendors covered by NDAA"
                    + " section 889 (Hikvision, Dahua, Hytera, Huawei, ZTE and their brands)")
    List<String> policyNames = new ArrayList<>();

    // --- router UPnP IGD audit (issue 7, upnp) ---
    @Option(names = "--gateway", paramLabel = "ADDRESS",
            description = "the router whose UPnP IGD (port forwarding) is audited: unicast SSDP to its UDP 1900, its"
                    + " description, its port mappings (read-only). Default: the default route's gateway, audited only"
                    + " when it is inside the targets. An address named here is audited even outside the targets;"
                    + " nothing else outside them is ever probed")
    String gateway;
    private Optional<String> gatewayAddress = Optional.empty();

    // --- router configuration import (issue 7, routercfg) ---
    @Option(names = "--router-config", paramLabel = "FILE[:FORMAT]",
            description = "router or firewall configuration to check for port forwards, DMZ hosts and inbound rules"
                    + " reaching surveillance devices (repeatable; docs/router-config.md): iptables-save, nft list"
                    + " ruleset (nft), nft -j list ruleset (nft-json), OpenWrt /etc/config/firewall (openwrt),"
                    + " pfSense/OPNsense config.xml (pfsense), MikroTik /export (mikrotik); detected unless given")
    List<String> routerConfigs = new ArrayList<>();

    @Option(names = "--router-config-format", paramLabel = "FORMAT",
            description = "format of the --router-config files given without :FORMAT (default: detected)")
    String routerConfigFormat;

    // --- issue 7 (exposuredev): where the scan runs from ---
    @Option(names = "--vantage", paramLabel = "WHERE", defaultValue = "internal",
            description = "internal (default: from inside the site) or external (from outside, e.g. a VPS against the"
                    + " site's public address: every reachable surveillance service is an internet-exposed-service finding)")
    String vantage;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ScanSettings settings;
        Scope scope;
        Optional<Severity> failOnSeverity;
        SiteLayout layout;
        Optional<NetworkInterface> multicastOn;
        CredentialSettings credentialSettings;
        Optional<AuditHistoryLoader.Loaded> audits;
        Set<Policy> policies = EnumSet.noneOf(Policy.class);
        RouterConfigFiles.Loaded routerRules;
        dev.blindspot.check.Vantage seenFrom;
        try {
            routerRules = RouterConfigFiles.load(routerConfigs, Optional.ofNullable(routerConfigFormat));
            policyNames.forEach(n -> policies.add(Policy.named(n)));
            audits = new AuditHistoryLoader().load(Optional.ofNullable(baseline), Optional.ofNullable(history));
            audits.ifPresent(a -> a.warnings().forEach(w -> err.println("blindspot " + spec.name() + ": warning: " + w)));
            failOnSeverity = Optional.ofNullable(failOn).map(Severity::fromWire);
            ReportFormat.named(format);
            PortSet portSet = ports == null ? PortSet.cameraDefaults() : PortSet.parse(ports);
            boolean profileGiven = spec.commandLine().getParseResult().hasMatchedOption("--profile");
            String profileName = inventoryOnly() && !profileGiven ? "safe" : profile;
            settings = new ScanSettings(portSet, ScanProfile.named(profileName), concurrency, hostConcurrency, timeout);
            TargetParser parser = TargetParser.withSystemResolver();
            scope = new Scope(parser.parseAll(targets), parser.parseAll(exclude));
            layout = site == null ? SiteLayout.byDefault() : SiteFile.load(site);
            multicastOn = Optional.ofNullable(discoverOn).map(MulticastDiscovery::interfaceNamed);
            Optional<OperatorCredentials> operator = Optional.ofNullable(credentialsFile).map(OperatorCredentials::load);
            operator.flatMap(OperatorCredentials::warning).ifPresent(w -> err.println("blindspot " + spec.name()
                    + ": warning: " + w));
            credentialSettings = new CredentialSettings(maxAttempts, operator, weakPasswords);
            readAnswersAndSuppressions();
            gatewayAddress = Optional.ofNullable(gateway).map(IgdAudits::literal);
            seenFrom = dev.blindspot.check.Vantage.fromWire(vantage);
        } catch (TargetException | SiteFileException | IllegalArgumentException | CredentialDataException
                 | dev.blindspot.exposure.routerconfig.RouterConfigException e) {
            err.println("blindspot " + spec.name() + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("blindspot " + spec.name() + ": cannot read previous reports: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (scope.size().compareTo(Scope.CONFIRMATION_THRESHOLD) > 0 && !yes) {
            err.println("blindspot " + spec.name() + ": the targets cover " + NumberFormat.getIntegerInstance(Locale.ROOT).format(scope.size())
                    + " addresses, more than 65,536; check they are all yours and add --yes to confirm");
            return ExitCodes.USAGE;
        }
        return run(scope, settings, failOnSeverity, layout, multicastOn, credentialSettings, audits, policies, routerRules,
                seenFrom);
    }

    private int run(Scope scope, ScanSettings settings, Optional<Severity> failOnSeverity, SiteLayout layout,
                    Optional<NetworkInterface> multicastOn, CredentialSettings credentialSettings,
                    Optional<AuditHistoryLoader.Loaded> audits, Set<Policy> policies, RouterConfigFiles.Loaded routerRules,
                    dev.blindspot.check.Vantage seenFrom) {
        PrintWriter out = spec.commandLine().getOut();
        AtomicBoolean cancel = new AtomicBoolean();
        IgdAudits.Gateway igd = IgdAudits.choose(gatewayAddress, scope);
        try (Interrupts interrupts = Interrupts.install(cancel, settings.timeout().multipliedBy(4).plusSeconds(5))) {
            Report report;
            try (Progress progress = new Progress(System.err, Progress.terminal());
                 DefaultProbeSuite suite = new DefaultProbeSuite(settings.profile(), settings.timeout(), Clock.systemUTC(),
                         DefaultProbeSuite.udpDefault(settings.timeout()), credentialSettings,
                         igd.address().filter(scope::contains))) {
                ProbeSuite probes = suite;
                List<String> notes = new ArrayList<>(igd.note().stream().toList());
                notes.addAll(routerRules.notes());
                audits.ifPresent(a -> notes.addAll(a.warnings()));
                knowledge.ifPresent(k -> notes.add("vulnerability knowledge base: " + kbFile + " (built " + k.kb().built()
                        + ", " + k.kb().vulnerabilities().size() + " CVEs, " + k.kb().kevCount() + " in CISA KEV)"));
                List<dev.blindspot.inventory.Observation> outside = igd.address().filter(a -> !scope.contains(a))
                        .map(a -> List.<dev.blindspot.inventory.Observation>of(IgdAudits.auditOutsideScope(a, settings.timeout())))
                        .orElse(List.of());
                if (multicastOn.isPresent()) {
                    MulticastDiscovery.Result found = new MulticastDiscovery(multicastOn.get(), settings.timeout()).run(scope::contains);
                    probes = new PrediscoveredSuite(suite, found.inScope());
                    notes.addAll(found.note().stream().toList());
                }
                report = new Assessment(settings, probes, Clock.systemUTC(), layout).withNotes(notes).revealingSecrets(revealSecrets)
                        .withAnswers(answers)
                        .withKnowledge(knowledge)
                        .withAuditHistory(audits.map(AuditHistoryLoader.Loaded::history)).withPolicies(policies)
                        .withObservations(outside).withImported(routerRules.observations()).seenFrom(seenFrom)
                        .run(scope, cancel, progress, !inventoryOnly());
                report = suppressions.apply(report, LocalDate.now(ZoneOffset.UTC));
            } catch (IOException e) {
                spec.commandLine().getErr().println("blindspot " + spec.name() + ": multicast discovery on " + discoverOn
                        + " failed: " + e.getMessage());
                return ExitCodes.SCAN_FAILED;
            }
            if (output != null) {
                try {
                    ReportFormat chosen = ReportFormat.named(format);
                    Optional<Report> previous = baseline != null && chosen == ReportFormat.SARIF
                            ? Optional.of(SavedReports.read(baseline)) : Optional.empty();
                    byte[] rendered = chosen.render(report, previous);
                    ReportFiles.writeAtomically(output, o -> o.write(rendered));
                } catch (IOException e) {
                    spec.commandLine().getErr().println("blindspot " + spec.name() + ": " + e.getMessage());
                    return ExitCodes.SCAN_FAILED;
                }
            }
            if (inventoryOnly()) {
                out.print(new InventoryPrinter().render(report, Optional.ofNullable(output)));
            } else {
                out.print(new SummaryPrinter().render(report, Optional.ofNullable(output)));
            }
            out.flush();
            return Assessment.exitCode(report, failOnSeverity);
        }
    }

    /** Reads {@code --answers} and {@code --suppressions}; a bad file is a usage error naming it. */
    private void readAnswersAndSuppressions() {
        try {
            if (answersFile != null) {
                answers = Answers.read(answersFile, ChecklistDefinition.bundled());
            }
            if (suppressionsFile != null) {
                suppressions = Suppressions.read(suppressionsFile);
            }
            if (kbFile != null) {
                try {
                    knowledge = Optional.of(dev.blindspot.vuln.VulnKnowledge.load(dev.blindspot.vuln.kb.KbFile.read(kbFile)));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(kbFile + " is not a knowledge base written by 'blindspot db update': "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** True for an inventory: fingerprinting only, no checks. */
    boolean inventoryOnly() {
        return inventoryOnlyOption;
    }
}
