package dev.blindspot.report.checklist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.blindspot.check.Threat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checklist items, in order; loaded from {@code checklist/checklist.yaml} and validated. */
public record ChecklistDefinition(int version, List<ItemDefinition> items) {

    static final String RESOURCE = "/checklist/checklist.yaml";

    public ChecklistDefinition {
        items = List.copyOf(items);
        Set<String> ids = new HashSet<>();
        for (ItemDefinition item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("checklist item " + item.id() + " is defined twice");
            }
            Threat.fromWire(item.area());
            if (item.weight() < 1 || item.weight() > 5) {
                throw new IllegalArgumentException("checklist item " + item.id() + ": weight must be 1..5");
            }
            if (item.checks().isEmpty() && item.question().isEmpty()) {
                throw new IllegalArgumentException("checklist item " + item.id()
                        + ": give checks (automatic), a question (manual), or both (the answer counts where no check ran)");
            }
        }
    }

    /** The checklist shipped with Blindspot. */
    public static ChecklistDefinition bundled() {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).addModule(new Jdk8Module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = ChecklistDefinition.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return yaml.readValue(in, ChecklistDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public boolean has(String id) {
        return items.stream().anyMatch(i -> i.id().equals(id));
    }

    public ItemDefinition item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no checklist item " + id));
    }
}
