package dev.blindspot.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The assets of a report as CSV (RFC 4180: comma, CRLF, double quotes doubled), one row per asset, rendered
 * from the canonical report. Device strings are hostile: a cell that a spreadsheet would read as a formula
 * (starting with {@code = + - @}, tab or carriage return) gets a leading apostrophe (OWASP's CSV-injection
 * advice); control characters were already removed by the report builder.
 */
public final class InventoryCsv {

    static final List<String> COLUMNS = List.of("address", "vendor", "manufacturer", "model", "firmware",
            "device_class", "confidence", "cpe", "ports", "evidence");

    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        row(out, COLUMNS);
        for (AssetEntry a : report.assets()) {
            row(out, List.of(a.address(), a.vendor().orElse(""), a.manufacturer().orElse(""), a.model().orElse(""),
                    a.firmware().orElse(""), a.deviceClass().orElse(""), a.confidence().orElse(""),
                    String.join(" ", a.cpe()),
                    a.ports().stream().map(p -> p.port() + "/" + p.transport() + "/" + p.service()).collect(Collectors.joining(" ")),
                    a.evidence().stream().map(e -> e.source() + "=" + e.value()).collect(Collectors.joining("; "))));
        }
        return out.toString();
    }

    public void write(Report report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Appends one CSV record (quoted and defused as needed) and CRLF. */
    public static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.startsWith("'");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
