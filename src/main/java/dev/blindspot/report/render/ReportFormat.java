package dev.blindspot.report.render;

import dev.blindspot.report.InventoryCsv;
import dev.blindspot.report.Report;
import dev.blindspot.report.ReportJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats a report renders to, all from the canonical report (never from the scan itself). CSV lists the
 * findings, or the assets when the report is an inventory (no checks ran).
 */
public enum ReportFormat {
    JSON("json"), HTML("html"), SARIF("sarif"), CSV("csv"), MD("md"), JUNIT("junit"), PDF("pdf");

    private final String wireName;

    ReportFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ReportFormat named(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.wireName.equals(n) || (f == MD && n.equals("markdown")))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "' (expected "
                        + Arrays.stream(values()).map(ReportFormat::wireName).collect(Collectors.joining(", ")) + ")"));
    }

    /** The rendering as bytes (UTF-8 text; PDF binary). {@code baseline}: the previous report, used by SARIF's baselineState. */
    public byte[] render(Report report, Optional<Report> baseline) throws IOException {
        if (this == PDF) {
            return new PdfReport().render(report);
        }
        String text = switch (this) {
            case JSON -> new ReportJson().toJson(report);
            case HTML -> new HtmlReport().render(report);
            case SARIF -> ReportJson.newMapper().writeValueAsString(new SarifReport().render(report, baseline)) + "\n";
            case CSV -> report.scan().checksRun() ? new FindingsCsv().render(report) : new InventoryCsv().render(report);
            case MD -> new MarkdownReport().render(report);
            case JUNIT -> new JUnitReport().render(report);
            case PDF -> throw new IllegalStateException("PDF is binary");
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
