package dev.blindspot.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CheckCatalogueTest {

    @Test
    void everyCheckHasMetadataAndEveryMetadataFileHasACheck() throws IOException, URISyntaxException {
        CheckCatalogue catalogue = CheckCatalogue.loadDefault();
        Set<String> checkIds = CheckCatalogue.registry().stream().map(Check::id).collect(Collectors.toSet());
        Path dir = Path.of(CheckCatalogue.class.getResource("/checks").toURI());
        Set<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).collect(Collectors.toSet());
        }
        assertThat(files).isEqualTo(checkIds);
        assertThat(catalogue.entries()).hasSize(checkIds.size());
        assertThat(catalogue.entries()).allSatisfy(m -> {
            assertThat(m.references()).isNotEmpty();
            assertThat(m.references()).allSatisfy(r -> assertThat(r).startsWith("https://"));
        });
    }

    @Test
    void aCheckWithoutMetadataIsRefused() {
        Check orphan = new Check() {
            @Override
            public String id() {
                return "orphan-check";
            }

            @Override
            public List<CheckResult> evaluate(dev.blindspot.inventory.Inventory inventory) {
                return List.of();
            }
        };
        assertThatThrownBy(() -> new CheckCatalogue(List.of(orphan), Map.of())).hasMessageContaining("orphan-check");
    }

    @Test
    void metadataValidatesItsFields() {
        assertThatThrownBy(() -> new CheckMetadata("Bad Id", "t", Severity.HIGH, Threat.EXPOSURE, "r", "fix", List.of(), false, 1))
                .hasMessageContaining("Bad Id");
        assertThatThrownBy(() -> Severity.fromWire("urgent")).hasMessageContaining("urgent");
    }
}
