package dev.blindspot.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * How many file descriptors this process may open ({@code ulimit -n}) and how many it has open, read from
 * {@code /proc/self} on Linux; unknown elsewhere (then nothing is checked).
 *
 * @param soft the soft limit (the one that applies); empty when unknown or unlimited
 * @param hard the hard limit (how far an unprivileged process may raise the soft one); empty when unknown or unlimited
 * @param open descriptors open now (0 when unknown)
 */
public record FileLimits(OptionalLong soft, OptionalLong hard, long open) {

    private static final Path LIMITS = Path.of("/proc/self/limits");
    private static final Path FDS = Path.of("/proc/self/fd");

    public static final FileLimits UNKNOWN = new FileLimits(OptionalLong.empty(), OptionalLong.empty(), 0);

    /** This process's limits now. */
    public static FileLimits current() {
        try {
            FileLimits parsed = parse(Files.readAllLines(LIMITS));
            long open;
            try (Stream<Path> fds = Files.list(FDS)) {
                open = fds.count();
            }
            return new FileLimits(parsed.soft(), parsed.hard(), open);
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** Reads the "Max open files" row of {@code /proc/<pid>/limits}. */
    static FileLimits parse(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("Max open files")) {
                String[] cells = line.substring("Max open files".length()).trim().split("\\s+");
                if (cells.length >= 2) {
                    return new FileLimits(value(cells[0]), value(cells[1]), 0);
                }
            }
        }
        return UNKNOWN;
    }

    private static OptionalLong value(String cell) {
        return cell.equals("unlimited") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(cell));
    }
}
