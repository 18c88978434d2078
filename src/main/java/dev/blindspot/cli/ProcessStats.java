package dev.blindspot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Memory this process uses: Java heap in use (after a GC when asked) and resident set size from
 * {@code /proc/self/status} (Linux; empty elsewhere).
 */
record ProcessStats(long heapUsedBytes, OptionalLong rssBytes) {

    static ProcessStats now(boolean collectFirst) {
        if (collectFirst) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return new ProcessStats(rt.totalMemory() - rt.freeMemory(), rss());
    }

    private static OptionalLong rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    String[] cells = line.substring(6).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(cells[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** {@code heap 38.1 MB (39 KB/device), RSS 310 MB}. */
    String describe(int devices) {
        String perDevice = devices > 0 ? String.format(" (%.1f KB/device)", heapUsedBytes / 1024.0 / devices) : "";
        String rss = rssBytes.isPresent() ? String.format(", RSS %.0f MB", rssBytes.getAsLong() / 1048576.0) : "";
        return String.format("heap %.1f MB%s%s", heapUsedBytes / 1048576.0, perDevice, rss);
    }
}
