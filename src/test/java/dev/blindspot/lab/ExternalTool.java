package dev.blindspot.lab;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a real client (ffprobe, nmap) installed on the machine, with a hard timeout. Test helper. */
final class ExternalTool {

    /** Exit code, standard output and standard error of one run. */
    record Run(int exitCode, String stdout, String stderr) {}

    private ExternalTool() {}

    /** The executable on PATH, if installed. */
    static Optional<Path> find(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code command}; kills it (and fails) when it outlives {@code timeout}. */
    static Run run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path out = Files.createTempFile("blindspot-tool", ".out");
        Path err = Files.createTempFile("blindspot-tool", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError(command.getFirst() + " did not finish within " + timeout + ": "
                        + String.join(" ", command));
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
