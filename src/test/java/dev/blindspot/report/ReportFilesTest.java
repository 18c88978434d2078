package dev.blindspot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    private final ReportJson json = new ReportJson();

    @Test
    void writesTheCompleteReportAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.json");
        Report report = ReportFixtures.report();

        ReportFiles.writeAtomically(report, target);

        assertThat(Files.readString(target)).isEqualTo(json.toJson(report));
        assertThat(json.read(Files.readString(target))).isEqualTo(report);
        assertThat(entries()).containsExactly(target);
    }

    @Test
    void replacesAnExistingReport() throws IOException {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "{\"old\": true, \"padding\": \"" + "x".repeat(100_000) + "\"}");
        Report report = ReportFixtures.report();

        ReportFiles.writeAtomically(report, target);

        assertThat(Files.readString(target)).isEqualTo(json.toJson(report));
        assertThat(entries()).containsExactly(target);
    }

    @Test
    void aRelativePathIsWrittenInItsOwnDirectory() throws IOException {
        Path target = dir.resolve("sub").resolve("r.json");
        Files.createDirectory(target.getParent());

        ReportFiles.writeAtomically(ReportFixtures.report(), target);

        assertThat(target).exists();
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s.toList()).containsExactly(target);
        }
    }

    @Test
    void theFileIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = dir.resolve("report.json");

        ReportFiles.writeAtomically(ReportFixtures.report(), target);

        assertThat(Files.getPosixFilePermissions(target))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aReadOnlyDirectoryFailsWithAnExceptionNamingThePath() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "running as root: permissions are not enforced");
            Path target = readOnly.resolve("report.json");

            assertThatThrownBy(() -> ReportFiles.writeAtomically(ReportFixtures.report(), target))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("cannot write report to " + target);
            try (Stream<Path> s = Files.list(readOnly)) {
                assertThat(s.toList()).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aMissingDirectoryFailsWithAnExceptionNamingThePath() {
        Path target = dir.resolve("missing").resolve("report.json");

        assertThatThrownBy(() -> ReportFiles.writeAtomically(ReportFixtures.report(), target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot write report to " + target);
    }

    @Test
    void aFailedWriteRemovesTheTemporaryFileAndKeepsTheOldReport() throws IOException {
        Path target = Files.writeString(dir.resolve("report.json"), "old");
        Map<String, Integer> unwritable = new HashMap<>();
        unwritable.put(null, 1); // JSON has no null keys: serialisation fails after the temporary file exists
        Report broken = new Report(ReportFixtures.tool(), ReportFixtures.scan(), List.of(), List.of(),
                new Summary(0, unwritable, Map.of()));

        assertThatThrownBy(() -> ReportFiles.writeAtomically(broken, target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot write report to " + target);
        assertThat(entries()).containsExactly(target);
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    void aDirectoryIsNeverReplacedByTheReport() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path full = Files.createDirectory(dir.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "keep");

        for (Path target : List.of(empty, full)) {
            assertThatThrownBy(() -> ReportFiles.writeAtomically(ReportFixtures.report(), target))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("cannot write report to " + target + ": it is a directory");
            assertThat(target).isDirectory();
        }
        assertThat(full.resolve("keep.txt")).hasContent("keep");
        assertThat(entries()).containsExactlyInAnyOrder(empty, full);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

}
