package dev.blindspot.cli;

import dev.blindspot.lab.AnswerKey;
import dev.blindspot.lab.LabScore;
import dev.blindspot.report.Report;
import dev.blindspot.report.ReportJson;
import dev.blindspot.site.SiteFile;
import dev.blindspot.site.SiteFileException;
import dev.blindspot.site.SiteLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blindspot lab score REPORT --key KEY}: recall and precision per check, vendor and class accuracy. */
@Command(name = "score", description = "Compare a scan report with a lab's answer key: recall and precision per "
        + "check, vendor and device-class accuracy.")
final class LabScoreCommand implements Callable<Integer> {

    /** Misses and false alarms listed one by one up to this many. */
    private static final int LIST_LIMIT = 20;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REPORT", description = "the JSON report of a scan of the lab")
    Path report;

    @Option(names = "--key", paramLabel = "KEY", required = true, description = "the answer key (blindspot lab --key)")
    Path key;

    @Option(names = "--site", paramLabel = "FILE",
            description = "the site file the scan used (scan --site), so flat networks are scored per zone")
    Path site;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Report parsedReport;
        AnswerKey parsedKey;
        SiteLayout layout;
        try {
            layout = site == null ? SiteLayout.byDefault() : SiteFile.load(site);
            parsedReport = readReport(report);
            try (InputStream in = Files.newInputStream(key)) {
                parsedKey = AnswerKey.read(in);
            } catch (NoSuchFileException e) {
                throw new IOException(key + ": no such file", e);
            } catch (IOException e) {
                throw new IOException(key + ": " + e.getMessage(), e);
            }
        } catch (IOException | SiteFileException e) {
            err.println("blindspot lab score: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        LabScore score = LabScore.of(parsedReport, parsedKey, layout);
        out.print(score.render());
        list(out, "missed (planted, not reported failing)", score.misses());
        list(out, "false alarms (reported failing, not planted)", score.falseAlarms());
        out.flush();
        return ExitCodes.OK;
    }

    private static Report readReport(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Report r = new ReportJson().read(in);
            if (r == null || r.assets() == null || r.findings() == null) {
                throw new IOException("not a Blindspot report");
            }
            return r;
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (IOException e) {
            throw new IOException(file + ": not a readable Blindspot report: " + firstLine(e), e);
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a readable Blindspot report: " + e.getMessage(), e);
        }
    }

    private static String firstLine(Exception e) {
        String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                : String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void list(PrintWriter out, String title, java.util.List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.printf("%s: %d%n", title, items.size());
        items.stream().limit(LIST_LIMIT).forEach(i -> out.println("  " + i));
        if (items.size() > LIST_LIMIT) {
            out.printf("  ... and %d more%n", items.size() - LIST_LIMIT);
        }
    }
}
