package dev.blindspot.cli;

import dev.blindspot.patch.AuditHistory;
import dev.blindspot.patch.AuditHistory.PreviousAudit;
import dev.blindspot.report.AssetEntry;
import dev.blindspot.report.Report;
import dev.blindspot.report.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads previous reports for {@code --baseline FILE} and {@code --history DIR} into an {@link AuditHistory}: the
 * newest report listing each address wins. Limits: {@link #MAX_REPORT_BYTES} per report, {@link #MAX_REPORTS}
 * reports from a folder (the most recently modified; the rest are named in a warning), {@code *.json} files directly
 * in the folder only. A baseline that cannot be read is an error; a folder's unreadable files are skipped with a
 * warning (a history folder collects whatever earlier runs left).
 */
final class AuditHistoryLoader {

    static final long MAX_REPORT_BYTES = 64L * 1024 * 1024;
    static final int MAX_REPORTS = 1000;

    /** The history and what was skipped, for the operator. */
    record Loaded(AuditHistory history, List<String> warnings) {}

    private final ReportJson json = new ReportJson();
    private final long maxBytes;
    private final int maxReports;

    AuditHistoryLoader() {
        this(MAX_REPORT_BYTES, MAX_REPORTS);
    }

    /** With other limits (tests). */
    AuditHistoryLoader(long maxBytes, int maxReports) {
        this.maxBytes = maxBytes;
        this.maxReports = maxReports;
    }

    /** Empty when neither a baseline nor a history folder was given. */
    Optional<Loaded> load(Optional<Path> baseline, Optional<Path> historyDir) throws IOException {
        if (baseline.isEmpty() && historyDir.isEmpty()) {
            return Optional.empty();
        }
        Map<String, PreviousAudit> newest = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        int reports = 0;
        if (baseline.isPresent()) {
            Report r = read(baseline.get());
            add(newest, r, baseline.get());
            reports++;
        }
        if (historyDir.isPresent()) {
            for (Path p : reportFiles(historyDir.get(), warnings)) {
                try {
                    add(newest, read(p), p);
                    reports++;
                } catch (IOException | IllegalArgumentException e) {
                    warnings.add("skipped " + p.getFileName() + ": " + e.getMessage());
                }
            }
        }
        return Optional.of(new Loaded(new AuditHistory(newest, reports), warnings));
    }

    private List<Path> reportFiles(Path dir, List<String> warnings) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--history " + dir + " is not a directory");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : s) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        }
        files.sort(Comparator.comparing(AuditHistoryLoader::modified).reversed().thenComparing(Path::toString));
        if (files.size() > maxReports) {
            warnings.add("read the " + maxReports + " most recent of " + files.size() + " reports in " + dir);
            return files.subList(0, maxReports);
        }
        return files;
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private Report read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a readable file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw new IllegalArgumentException(file.getFileName() + " is larger than " + maxBytes + " bytes");
        }
        Report report;
        try {
            report = json.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalArgumentException(file.getFileName() + " is not a Blindspot report: "
                    + firstLine(e.getMessage()));
        }
        if (report == null || report.scan() == null || report.assets() == null) {
            throw new IllegalArgumentException(file.getFileName() + " is not a Blindspot report (no scan or assets)");
        }
        return report;
    }

    private static void add(Map<String, PreviousAudit> newest, Report report, Path file) {
        Instant at;
        try {
            at = Instant.parse(report.scan().startedAt());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(file.getFileName() + ": scan.startedAt is not a timestamp");
        }
        for (AssetEntry a : report.assets()) {
            if (a == null || a.address() == null) {
                continue;
            }
            PreviousAudit audit = new PreviousAudit(at, present(a.vendor()), present(a.model()),
                    file.getFileName().toString());
            newest.merge(a.address(), audit, (old, now) -> now.at().isAfter(old.at()) ? now : old);
        }
    }

    /** A field absent from an old report reads as null, not as empty. */
    private static Optional<String> present(Optional<String> field) {
        return field == null ? Optional.empty() : field.filter(v -> !v.isBlank());
    }

    private static String firstLine(String s) {
        String line = s == null ? "unreadable" : s.lines().findFirst().orElse("unreadable");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
