package dev.blindspot.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The terminal view of an inventory: one line per asset (address, class, vendor with its manufacturer when it
 * is an OEM brand, model, firmware, confidence). Device strings go through {@link TerminalText}.
 */
public final class InventoryPrinter {

    static final int MAX_ROWS = 200;

    public String render(Report report, Optional<Path> reportFile) {
        StringBuilder out = new StringBuilder();
        out.append(TerminalText.clean(report.tool().name(), 40)).append(" inventory: ")
                .append(report.assets().size()).append(report.assets().size() == 1 ? " asset" : " assets")
                .append(report.scan().complete() ? "" : " - scan INCOMPLETE").append('\n');
        List<AssetEntry> shown = report.assets().stream().limit(MAX_ROWS).toList();
        int width = shown.stream().mapToInt(a -> a.address().length()).max().orElse(0);
        for (AssetEntry a : shown) {
            String vendor = a.vendor().map(v -> a.manufacturer().filter(m -> !m.equals(v)).map(m -> v + " (" + m + ")").orElse(v))
                    .orElse("unknown vendor");
            out.append("  ").append(pad(TerminalText.clean(a.address(), 64), width)).append("  ")
                    .append(pad(a.deviceClass().orElse("?"), 11)).append(' ')
                    .append(TerminalText.clean(vendor, 60));
            a.model().ifPresent(m -> out.append(' ').append(TerminalText.clean(m, 60)));
            a.firmware().ifPresent(f -> out.append(", firmware ").append(TerminalText.clean(f, 60)));
            a.confidence().ifPresent(c -> out.append(" [").append(c).append(']'));
            out.append('\n');
        }
        if (report.assets().size() > shown.size()) {
            out.append("  ... and ").append(report.assets().size() - shown.size()).append(" more\n");
        }
        reportFile.ifPresent(f -> out.append("Inventory: ").append(TerminalText.clean(f.toString(), 4096)).append('\n'));
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
