package dev.blindspot.cli;

import dev.blindspot.check.Severity;
import dev.blindspot.credential.CredentialDataException;
import dev.blindspot.credential.CredentialSettings;
import dev.blindspot.credential.OperatorCredentials;
import dev.blindspot.protocol.discovery.MulticastDiscovery;
import dev.blindspot.report.InventoryCsv;
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
import java.util.Optional;
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
            description = "output format: json (default); csv with --inventory-only")
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

    @Option(names = "--reveal-secrets", description = "show accepted passwords in the report instead of ****"
            + " (never in logs)")
    boolean revealSecrets;

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
        dev.blindspot.check.Vantage seenFrom;
        try {
            failOnSeverity = Optional.ofNullable(failOn).map(Severity::fromWire);
            List<String> formats = inventoryOnly() ? List.of("json", "csv") : List.of("json");
            if (!formats.contains(format)) {
                throw new IllegalArgumentException("format '" + format + "' is not available here (" + String.join(", ", formats)
                        + (inventoryOnly() ? "" : "; csv lists assets: use --inventory-only") + ")");
            }
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
            seenFrom = dev.blindspot.check.Vantage.fromWire(vantage);
        } catch (TargetException | SiteFileException | IllegalArgumentException | CredentialDataException e) {
            err.println("blindspot " + spec.name() + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (scope.size().compareTo(Scope.CONFIRMATION_THRESHOLD) > 0 && !yes) {
            err.println("blindspot " + spec.name() + ": the targets cover " + NumberFormat.getIntegerInstance(Locale.ROOT).format(scope.size())
                    + " addresses, more than 65,536; check they are all yours and add --yes to confirm");
            return ExitCodes.USAGE;
        }
        return run(scope, settings, failOnSeverity, layout, multicastOn, credentialSettings, seenFrom);
    }

    private int run(Scope scope, ScanSettings settings, Optional<Severity> failOnSeverity, SiteLayout layout,
                    Optional<NetworkInterface> multicastOn, CredentialSettings credentialSettings,
                    dev.blindspot.check.Vantage seenFrom) {
        PrintWriter out = spec.commandLine().getOut();
        AtomicBoolean cancel = new AtomicBoolean();
        try (Interrupts interrupts = Interrupts.install(cancel, settings.timeout().multipliedBy(4).plusSeconds(5))) {
            Report report;
            try (Progress progress = new Progress(System.err, Progress.terminal());
                 DefaultProbeSuite suite = new DefaultProbeSuite(settings.profile(), settings.timeout(), Clock.systemUTC(),
                         DefaultProbeSuite.udpDefault(settings.timeout()), credentialSettings)) {
                ProbeSuite probes = suite;
                List<String> notes = List.of();
                if (multicastOn.isPresent()) {
                    MulticastDiscovery.Result found = new MulticastDiscovery(multicastOn.get(), settings.timeout()).run(scope::contains);
                    probes = new PrediscoveredSuite(suite, found.inScope());
                    notes = found.note().stream().toList();
                }
                report = new Assessment(settings, probes, Clock.systemUTC(), layout).withNotes(notes).revealingSecrets(revealSecrets)
                        .seenFrom(seenFrom).run(scope, cancel, progress, !inventoryOnly());
            } catch (IOException e) {
                spec.commandLine().getErr().println("blindspot " + spec.name() + ": multicast discovery on " + discoverOn
                        + " failed: " + e.getMessage());
                return ExitCodes.SCAN_FAILED;
            }
            if (output != null) {
                try {
                    if (format.equals("csv")) {
                        ReportFiles.writeAtomically(output, o -> new InventoryCsv().write(report, o));
                    } else {
                        ReportFiles.writeAtomically(report, output);
                    }
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

    /** True for an inventory: fingerprinting only, no checks. */
    boolean inventoryOnly() {
        return inventoryOnlyOption;
    }
}
