package dev.blindspot.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Runs nmap for the benchmark: version detection and the two camera scripts over a list of loopback addresses,
 * XML on stdout (read as it comes, bounded), under a total time limit.
 */
final class NmapRun {

    static final String SCRIPTS = "http-default-accounts,rtsp-url-brute";
    private static final long MAX_XML_BYTES = 512L * 1024 * 1024;

    /** What one run produced; {@code hosts} is empty when it failed or ran out of time. */
    record Result(List<NmapXml.Host> hosts, Duration elapsed, boolean finished, int exitCode, String error) {}

    private NmapRun() {}

    /** The nmap executable on {@code PATH}, if any. */
    static Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "nmap");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The command line; every target must be a loopback IPv4 literal. */
    static List<String> command(Path nmap, Collection<Integer> ports, Path targetFile, Duration hostTimeout) {
        List<String> cmd = new ArrayList<>(List.of(nmap.toString(), "-sV", "-Pn", "-n", "-T4",
                "--host-timeout", hostTimeout.toSeconds() + "s", "--script", SCRIPTS, "-p",
                ports.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(",")),
                "-iL", targetFile.toString(), "-oX", "-"));
        return List.copyOf(cmd);
    }

    /** Writes the target list, refusing anything outside 127.0.0.0/8. */
    static Path writeTargets(List<String> addresses) throws IOException {
        for (String address : addresses) {
            if (!address.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")) {
                throw new IllegalArgumentException("nmap targets must be loopback IPv4 literals: " + address);
            }
        }
        Path file = Files.createTempFile("blindspot-bench-targets", ".txt");
        Files.writeString(file, String.join("\n", addresses) + "\n", StandardCharsets.US_ASCII);
        return file;
    }

    static Result run(List<String> command, Duration limit) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("blindspot-bench-nmap", ".err");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        CompletableFuture<List<NmapXml.Host>> parsed = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (InputStream in = new Bounded(process.getInputStream(), MAX_XML_BYTES)) {
                parsed.complete(NmapXml.parse(in));
            } catch (IOException | RuntimeException e) {
                parsed.completeExceptionally(e);
            }
        });
        try {
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            List<NmapXml.Host> hosts = List.of();
            String error = "";
            try {
                hosts = parsed.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                error = "output unreadable: " + (e.getCause() == null ? e : e.getCause()).getMessage();
            }
            int code = finished ? process.exitValue() : -1;
            if (code != 0) {
                error = (error.isEmpty() ? "" : error + "; ") + lastLines(stderr);
            }
            return new Result(hosts, elapsed, finished, code, error);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(stderr);
        }
    }

    private static String lastLines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    /** Fails the read once more than {@code max} bytes came. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > max) {
                throw new IOException("nmap wrote more than " + max + " bytes");
            }
        }
    }
}
