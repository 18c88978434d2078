package dev.blindspot.cli;

import dev.blindspot.report.FindingEntry;
import dev.blindspot.report.Report;
import dev.blindspot.report.TerminalText;
import dev.blindspot.report.render.ReportDiff;
import dev.blindspot.report.render.SarifReport;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blindspot diff OLD.json NEW.json}: new, fixed and unchanged failing findings by stable finding id. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two saved reports: failing findings that are new, fixed or unchanged.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.json")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW.json")
    Path newer;

    @Option(names = "--fail-on-new", description = "exit 1 when a failing finding is new")
    boolean failOnNew;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Report a = SavedReports.read(older);
            Report b = SavedReports.read(newer);
            ReportDiff diff = ReportDiff.between(a, b);
            out.printf("new: %d, fixed: %d, unchanged: %d%n", diff.added().size(), diff.fixed().size(), diff.unchanged().size());
            section(out, "new", diff.added());
            section(out, "fixed", diff.fixed());
            section(out, "unchanged", diff.unchanged());
            out.flush();
            return failOnNew && !diff.added().isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("blindspot diff: " + e.getMessage());
            return ExitCodes.SCAN_FAILED;
        }
    }

    private static void section(PrintWriter out, String name, List<FindingEntry> findings) {
        for (FindingEntry f : findings) {
            out.printf("%-9s %-8s %s  %s  %s%n", name, f.severity().wireName(), f.id(), TerminalText.clean(f.title()),
                    TerminalText.clean(SarifReport.where(f)));
        }
    }
}
