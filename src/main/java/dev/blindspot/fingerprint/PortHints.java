package dev.blindspot.fingerprint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.blindspot.inventory.DeviceClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The device class of a host that told nothing but its open ports ({@code fingerprint/port-hints.yaml}): the weakest
 * evidence, used by {@link Fingerprinter} only when nothing else decided the class.
 */
public final class PortHints {

    /** One hint: the class it gives, the ports that trigger it, and whether those must be the only open ports. */
    public record Hint(String id, DeviceClass deviceClass, Set<Integer> any, boolean only,
                       List<Set<Integer>> examples, List<Set<Integer>> counterexamples) {

        public Hint {
            any = Set.copyOf(any);
            examples = List.copyOf(examples);
            counterexamples = List.copyOf(counterexamples);
        }

        public boolean matches(Collection<Integer> openPorts) {
            if (openPorts.isEmpty()) {
                return false;
            }
            return only ? any.containsAll(openPorts) : openPorts.stream().anyMatch(any::contains);
        }
    }

    private final List<Hint> hints;

    public PortHints(List<Hint> hints) {
        this.hints = List.copyOf(hints);
    }

    /** No hints at all: hosts without other evidence stay unclassified. */
    public static PortHints none() {
        return new PortHints(List.of());
    }

    public List<Hint> hints() {
        return hints;
    }

    public static PortHints loadDefault() {
        try (InputStream in = PortHints.class.getResourceAsStream("/fingerprint/port-hints.yaml")) {
            if (in == null) {
                throw new IllegalStateException("fingerprint/port-hints.yaml missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the hints file; throws IllegalArgumentException naming the bad hint. */
    public static PortHints parse(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        List<Hint> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode h : root.path("hints")) {
            String id = h.path("id").asText("");
            String where = "port hint '" + id + "'";
            if (id.isBlank() || !ids.add(id)) {
                throw new IllegalArgumentException(where + ": blank or duplicate id");
            }
            DeviceClass cls;
            try {
                cls = DeviceClass.fromWire(h.path("deviceClass").asText(""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown deviceClass '" + h.path("deviceClass").asText() + "'");
            }
            if (cls.isSurveillance()) {
                throw new IllegalArgumentException(where + ": ports alone never make a surveillance device");
            }
            Set<Integer> any = ports(h.path("any"), where);
            if (any.isEmpty()) {
                throw new IllegalArgumentException(where + ": no ports in 'any'");
            }
            List<Set<Integer>> examples = new ArrayList<>();
            for (JsonNode e : h.path("examples")) {
                examples.add(ports(e.path("open"), where));
            }
            if (examples.isEmpty()) {
                throw new IllegalArgumentException(where + ": has no examples");
            }
            List<Set<Integer>> counter = new ArrayList<>();
            for (JsonNode e : h.path("counterexamples")) {
                counter.add(ports(e.path("open"), where));
            }
            out.add(new Hint(id, cls, any, h.path("only").asBoolean(false), examples, counter));
        }
        return new PortHints(out);
    }

    private static Set<Integer> ports(JsonNode list, String where) {
        Set<Integer> out = new HashSet<>();
        for (JsonNode p : list) {
            if (!p.canConvertToInt() || p.asInt() < 1 || p.asInt() > 65535) {
                throw new IllegalArgumentException(where + ": '" + p.asText() + "' is not a TCP port");
            }
            out.add(p.asInt());
        }
        return out;
    }

    /** The first hint that matches the host's open ports. */
    public Optional<Hint> firstMatch(Collection<Integer> openPorts) {
        return hints.stream().filter(h -> h.matches(openPorts)).findFirst();
    }
}
