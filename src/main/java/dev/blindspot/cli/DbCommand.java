package dev.blindspot.cli;

import dev.blindspot.vuln.VulnKnowledge;
import dev.blindspot.vuln.kb.KbBuilder;
import dev.blindspot.vuln.kb.KbFile;
import dev.blindspot.vuln.kb.KbSources;
import dev.blindspot.vuln.kb.KnowledgeBase;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code blindspot db update|info}: the vulnerability knowledge base. */
@Command(name = "db", description = "The vulnerability knowledge base: rebuild it from downloaded files, or show what is loaded.",
        subcommands = {DbCommand.Update.class, DbCommand.Info.class})
final class DbCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** {@code blindspot db update}. */
    @Command(name = "update", description = "Build a knowledge base file from NVD CVE API 2.0 JSON, the CISA KEV catalog and CVE JSON 5 records.")
    static final class Update implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--nvd", required = true, paramLabel = "PATH",
                description = "NVD CVE API 2.0 JSON: a record, an API/feed file, or a directory of them (repeatable)")
        List<Path> nvd = new ArrayList<>();

        @Option(names = "--kev", paramLabel = "FILE", description = "CISA KEV catalog JSON (known_exploited_vulnerabilities.json)")
        Optional<Path> kev = Optional.empty();

        @Option(names = "--cve5", paramLabel = "PATH", description = "CVE JSON 5 record or directory (repeatable)")
        List<Path> cve5 = new ArrayList<>();

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "blindspot-kb.json",
                description = "where to write the knowledge base (default: ${DEFAULT-VALUE})")
        Path output;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "build date to record (default: today, UTC)")
        Optional<LocalDate> date = Optional.empty();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Path> missing = new ArrayList<>();
            nvd.stream().filter(p -> !Files.exists(p)).forEach(missing::add);
            cve5.stream().filter(p -> !Files.exists(p)).forEach(missing::add);
            kev.filter(p -> !Files.exists(p)).ifPresent(missing::add);
            if (!missing.isEmpty()) {
                err.println("blindspot db update: not found: " + missing);
                return ExitCodes.USAGE;
            }
            String built = date.orElse(LocalDate.now(ZoneOffset.UTC)).toString();
            KnowledgeBase kb = KbBuilder.build(nvd, kev, cve5, built);
            KbFile.write(kb, output);
            for (KbSources.Skipped s : kb.sources().skipped()) {
                err.println("skipped " + s.file() + ": " + s.reason());
            }
            out.printf("wrote %s: %d CVEs (%d in CISA KEV) from %d NVD files, %d CVE 5 records; %d files skipped%n",
                    output, kb.vulnerabilities().size(), kb.kevCount(), kb.sources().nvdFiles().size(),
                    kb.sources().cve5Files().size(), kb.sources().skipped().size());
            out.flush();
            err.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code blindspot db info}. */
    @Command(name = "info", description = "Show the knowledge base in use: counts, KEV catalog version, source dates, curated overlay.")
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--kb", paramLabel = "FILE", description = "a knowledge base file written by db update (default: the bundled one)")
        Optional<Path> file = Optional.empty();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            KnowledgeBase kb = file.isPresent() ? KbFile.read(file.get()) : KbFile.bundled();
            VulnKnowledge knowledge = VulnKnowledge.load(kb);
            for (String line : knowledge.describe(file.map(Path::toString).orElse("bundled " + KbFile.RESOURCE))) {
                out.println(line);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
