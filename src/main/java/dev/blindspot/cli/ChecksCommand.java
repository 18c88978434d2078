package dev.blindspot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.blindspot.check.CheckCatalogue;
import dev.blindspot.check.CheckMetadata;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code blindspot checks}: the check catalogue. */
@Command(name = "checks", description = "List the checks Blindspot runs (id, severity, threat, title).")
final class ChecksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", description = "text (default) or json", defaultValue = "text")
    String format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var entries = CheckCatalogue.loadDefault().entries();
        switch (format) {
            case "json" -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(entries));
            case "text" -> {
                out.printf("%-32s %-9s %-13s %s%n", "ID", "SEVERITY", "THREAT", "TITLE");
                for (CheckMetadata m : entries) {
                    out.printf("%-32s %-9s %-13s %s%n", m.id(), m.severity().wireName(), m.threat().wireName(), m.title());
                }
            }
            default -> {
                spec.commandLine().getErr().println("blindspot checks: unknown format '" + format + "' (text or json)");
                return ExitCodes.USAGE;
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
