package dev.blindspot.vuln.kb;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Locates the project's shared vulnerability data: {@code ../shared/data/vulns} beside the checkout (CI), or /work/shared. */
final class SharedVulnData {

    private SharedVulnData() {
    }

    static Path dir() {
        Optional<Path> found = List.of(Path.of("..", "shared", "data", "vulns"), Path.of("/work/shared/data/vulns")).stream()
                .filter(p -> Files.isDirectory(p.resolve("nvd"))).findFirst();
        if (found.isEmpty() && !"true".equals(System.getenv("CI"))) {
            assumeTrue(false, "shared/data/vulns not beside this checkout");
        }
        return found.orElseThrow(() -> new AssertionError("CI must have ../shared/data/vulns beside the checkout"));
    }
}
