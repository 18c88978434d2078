package dev.blindspot.cli;

import dev.blindspot.report.Report;
import dev.blindspot.report.ReportFiles;
import dev.blindspot.report.Suppressions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import dev.blindspot.report.checklist.Answers;
import dev.blindspot.report.checklist.ChecklistDefinition;
import dev.blindspot.report.checklist.ChecklistEvaluator;
import dev.blindspot.report.render.ReportFormat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blindspot report FILE.json --format F -o OUT}: renders a saved canonical report in another format. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Render a saved report (the canonical JSON of a scan) as json, html, sarif, csv, md, junit or pdf.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "a report written by blindspot scan -o")
    Path input;

    @Option(names = "--format", defaultValue = "json", description = "json, html, sarif, csv, md, junit, pdf (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here (atomically); default: standard output")
    Path output;

    @Option(names = "--baseline", paramLabel = "PREVIOUS.json",
            description = "an earlier report: SARIF results get baselineState new/unchanged/absent")
    Path baseline;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "judge the checklist's manual items with these answers (docs/answers.md)")
    Path answersFile;

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "accepted risks with reason and expiry date (docs/suppressions.md); expired ones are reported")
    Path suppressionsFile;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat f;
        try {
            f = ReportFormat.named(format);
        } catch (IllegalArgumentException e) {
            err.println("blindspot report: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            Report report = SavedReports.read(input);
            if (answersFile != null && report.scan().checksRun()) {
                ChecklistDefinition definition = ChecklistDefinition.bundled();
                report = report.withChecklist(new ChecklistEvaluator(definition)
                        .evaluate(report.findings(), Answers.read(answersFile, definition)));
            }
            if (suppressionsFile != null) {
                report = Suppressions.read(suppressionsFile).apply(report, LocalDate.now(ZoneOffset.UTC));
            }
            Optional<Report> previous = baseline == null ? Optional.empty() : Optional.of(SavedReports.read(baseline));
            byte[] bytes = f.render(report, previous);
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(new String(bytes, StandardCharsets.UTF_8));
                out.flush();
            } else {
                ReportFiles.writeAtomically(output, o -> o.write(bytes));
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("blindspot report: " + e.getMessage());
            return ExitCodes.SCAN_FAILED;
        }
    }
}
