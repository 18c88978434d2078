package dev.blindspot.cli;

import dev.blindspot.lab.AnswerKey;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Fleets;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabCapacityException;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.Report;
import dev.blindspot.scan.ScanListener;
import dev.blindspot.scan.ScanProfile;
import dev.blindspot.scan.ScanSettings;
import dev.blindspot.scope.Scope;
import dev.blindspot.scope.TargetException;
import dev.blindspot.scope.TargetParser;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code blindspot bench}: starts a realistic lab fleet in this process, scans it with the real scanner and reports
 * speed and accuracy against the answer key; with {@code --nmap}, runs nmap over the same fleet for comparison.
 */
@Command(name = "bench", description = "Scan a simulated fleet on loopback and report speed, recall and precision "
        + "(optionally next to nmap).")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--devices", paramLabel = "N", defaultValue = "1000",
            description = "devices in the realistic mix (default: ${DEFAULT-VALUE})")
    int devices;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed of the mix (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--range", paramLabel = "CIDR", defaultValue = "127.40.0.0/14",
            description = "loopback range for the lab (default: ${DEFAULT-VALUE})")
    String range;

    @Option(names = "--concurrency", defaultValue = "256", description = "scanner connections at once (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--host-concurrency", defaultValue = "4", description = "scanner connections per host (default: ${DEFAULT-VALUE})")
    int hostConcurrency;

    @Option(names = "--timeout", defaultValue = "3s", converter = DurationConverter.class,
            description = "deadline of one probe exchange (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--nmap", description = "also run nmap -sV with http-default-accounts and rtsp-url-brute")
    boolean nmap;

    @Option(names = "--nmap-devices", paramLabel = "N", defaultValue = "100",
            description = "run nmap over the first N devices only: version detection takes minutes per camera "
                    + "(default: ${DEFAULT-VALUE})")
    Integer nmapDevices;

    @Option(names = "--nmap-host-timeout", defaultValue = "120s", converter = DurationConverter.class,
            description = "nmap --host-timeout (default: ${DEFAULT-VALUE})")
    Duration nmapHostTimeout;

    @Option(names = "--nmap-limit", defaultValue = "600s", converter = DurationConverter.class,
            description = "stop nmap after this long (default: ${DEFAULT-VALUE})")
    Duration nmapLimit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LabRange addresses;
        try {
            if (devices < 1 || concurrency < 1 || hostConcurrency < 1 || nmapDevices < 1) {
                throw new TargetException("--devices, --nmap-devices and the concurrencies must be at least 1");
            }
            addresses = LabRange.parse(range);
            addresses.requireRoomFor(devices);
        } catch (TargetException e) {
            err.println("blindspot bench: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<DeviceSpec> specs = Fleets.realistic(devices, seed);
        LabOptions options = LabOptions.defaults().withFirstAddress(addresses.first());
        Report report;
        AnswerKey key;
        List<LabDevice> labDevices;
        try (RunningLab lab = startLab(specs, options, out)) {
            labDevices = lab.devices();
            key = lab.answerKey();
            report = scan(lab, out);
        } catch (LabCapacityException e) {
            err.println("blindspot bench: " + e.getMessage());
            return ExitCodes.SCAN_FAILED;
        }
        LabScore score = LabScore.of(report, key);
        out.print(score.render());
        out.flush();
        if (nmap) {
            int subset = Math.min(nmapDevices, devices);
            new NmapComparison(out, err, NmapRun.find()).run(specs, options, labDevices.subList(0, subset), key, report,
                    nmapHostTimeout, nmapLimit);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private RunningLab startLab(List<DeviceSpec> specs, LabOptions options, PrintWriter out) {
        long start = System.nanoTime();
        RunningLab lab = Lab.start(specs, options);
        long readyMs = (System.nanoTime() - start) / 1_000_000;
        List<LabDevice> list = lab.devices();
        out.printf("lab: %,d devices (realistic mix, seed %d) on %s-%s, %,d listeners, ready in %,d ms; %s%n",
                list.size(), seed, list.getFirst().address(), list.getLast().address(), lab.listenerCount(), readyMs,
                ProcessStats.now(true).describe(list.size()));
        out.flush();
        return lab;
    }

    private Report scan(RunningLab lab, PrintWriter out) throws TargetException {
        List<LabDevice> list = lab.devices();
        Scope scope = new Scope(TargetParser.withSystemResolver()
                .parse(list.getFirst().address() + "-" + list.getLast().address()), List.of());
        ScanSettings settings = new ScanSettings(LabPorts.of(list), ScanProfile.standard(), concurrency,
                hostConcurrency, timeout);
        long start = System.nanoTime();
        Report report;
        try (DefaultProbeSuite suite = new DefaultProbeSuite(settings.profile(), settings.timeout(), Clock.systemUTC())) {
            report = new Assessment(settings, suite, Clock.systemUTC()).run(scope, new AtomicBoolean(), ScanListener.NONE);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("blindspot scan (profile standard, %d ports, concurrency %d, %d per host, timeout %s): %,d devices "
                        + "in %.1f s = %.1f devices/s%s%n", settings.ports().ports().size(), concurrency,
                hostConcurrency, humanDuration(timeout), list.size(), seconds, list.size() / seconds,
                report.scan().complete() ? "" : " (incomplete)");
        out.flush();
        return report;
    }

    private static String humanDuration(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
