package dev.blindspot.cli;

import dev.blindspot.lab.Fleets;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabDevice;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.report.render.ReportFormat;
import dev.blindspot.lab.LabScore;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.report.Report;
import dev.blindspot.report.ReportFiles;
import dev.blindspot.report.SummaryPrinter;
import dev.blindspot.scan.ScanListener;
import dev.blindspot.scan.ScanProfile;
import dev.blindspot.scan.ScanSettings;
import dev.blindspot.scope.Scope;
import dev.blindspot.scope.TargetException;
import dev.blindspot.scope.TargetParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code blindspot demo}: start the device lab on loopback, scan it, report, stop the lab. */
@Command(name = "demo", description = "Start a simulated camera fleet on loopback, scan it and write a report.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "blindspot-report.json",
            description = "where to write the report (default: ${DEFAULT-VALUE})")
    Path output;

    @Override
    public Integer call() throws TargetException, IOException {
        PrintStream out = System.out;
        try (RunningLab lab = Lab.start(Fleets.demo(), LabOptions.defaults())) {
            List<LabDevice> devices = lab.devices();
            out.printf("lab: %d simulated devices on %s-%s%n", devices.size(), devices.getFirst().address(), devices.getLast().address());
            for (LabDevice d : devices) {
                out.printf("  %-12s %-10s %-22s %s%n", d.address(), d.vendor(), d.model(), d.ports());
            }
            TargetParser parser = TargetParser.withSystemResolver();
            Scope scope = new Scope(parser.parse(devices.getFirst().address() + "-" + devices.getLast().address()), List.of());
            ScanSettings settings = new ScanSettings(LabPorts.of(devices), ScanProfile.standard(), 64, 4, Duration.ofSeconds(2));
            Report report;
            try (DefaultProbeSuite suite = new DefaultProbeSuite(settings.profile(), settings.timeout(), Clock.systemUTC())) {
                report = new Assessment(settings, suite, Clock.systemUTC()).run(scope, new AtomicBoolean(), ScanListener.NONE);
            }
            ReportFiles.writeAtomically(report, output);
            Path html = htmlBeside(output);
            byte[] page = ReportFormat.HTML.render(report, Optional.empty());
            ReportFiles.writeAtomically(html, o -> o.write(page));
            out.println();
            new SummaryPrinter().print(report, Optional.of(output), out);
            out.println("HTML report (open it in a browser; it loads nothing from the network): " + html);
            out.println();
            out.println("Compared with the lab's answer key (what was planted):");
            out.print(LabScore.of(report, lab.answerKey()).render());
        }
        out.println("lab stopped");
        return ExitCodes.OK;
    }

    /** {@code report.json} -> {@code report.html} in the same folder. */
    static Path htmlBeside(Path json) {
        String name = json.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return json.resolveSibling(base + ".html");
    }
}
