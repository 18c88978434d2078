package dev.blindspot.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes reports to disk so that a reader sees either the old file or the complete new one, never a part. */
public final class ReportFiles {

    private ReportFiles() {}

    /**
     * Writes {@code report} as JSON to a temporary file next to {@code target}, forces it to disk and renames
     * it over {@code target} atomically. The temporary file is created owner-only (0600 on POSIX), and so is the
     * result: reports describe weaknesses. On failure the temporary file is removed.
     *
     * @throws IOException naming {@code target} when anything fails; {@code target} is then unchanged
     */
    public static void writeAtomically(Report report, Path target) throws IOException {
        writeAtomically(target, out -> new ReportJson().write(report, out));
    }

    /** What to write into a file: a rendering of a report. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Like {@link #writeAtomically(Report, Path)} for any rendering (CSV, later HTML, SARIF...). */
    public static void writeAtomically(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write report to " + target + ": it is a directory");
        }
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            writeAndSync(body, temp);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            syncDirectory(dir);
        } catch (IOException | RuntimeException e) {
            if (temp != null) {
                deleteQuietly(temp, e);
            }
            throw new IOException("cannot write report to " + target + ": " + describe(e), e);
        }
    }

    private static void writeAndSync(Body body, Path temp) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            body.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a directory (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the file content is already on disk; only the rename's durability is at stake
        }
    }

    private static void deleteQuietly(Path temp, Exception cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static String describe(Exception e) {
        String what = e.getClass().getSimpleName();
        return e.getMessage() == null ? what : what + " " + e.getMessage();
    }
}
