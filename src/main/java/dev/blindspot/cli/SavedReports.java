package dev.blindspot.cli;

import dev.blindspot.report.Report;
import dev.blindspot.report.ReportJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a saved canonical report, refusing files over {@link #MAX_BYTES} (a report of 10,000 devices is ~60 MB). */
final class SavedReports {

    static final long MAX_BYTES = 512L * 1024 * 1024;

    private SavedReports() {}

    static Report read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(file + " is " + size + " bytes; a report over " + MAX_BYTES + " bytes is refused");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new ReportJson().read(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + " is not a Blindspot report: " + e.getOriginalMessage(), e);
        }
    }
}
