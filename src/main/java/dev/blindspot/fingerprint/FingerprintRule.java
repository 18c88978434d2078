package dev.blindspot.fingerprint;

import dev.blindspot.inventory.DeviceClass;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One compiled rule from {@code fingerprint/rules/<source>.yaml}; {@code toString} prints its source rule. */
public record FingerprintRule(String id, String source, Pattern pattern, Optional<String> vendor,
                              Optional<DeviceClass> deviceClass, Strength strength, List<Example> examples) {

    /** An example value and what the rule must extract from it. */
    public record Example(String value, Optional<String> model, Optional<String> firmware) {}

    /** What a rule concluded from one value. */
    public record Match(FingerprintRule rule, String value, Optional<String> model, Optional<String> firmware) {}

    public FingerprintRule {
        examples = List.copyOf(examples);
    }

    public Optional<Match> match(String value) {
        Matcher m = pattern.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Match(this, value, group(m, "model"), group(m, "firmware")));
    }

    private Optional<String> group(Matcher m, String name) {
        if (!pattern.pattern().contains("(?<" + name + ">")) {
            return Optional.empty();
        }
        return Optional.ofNullable(m.group(name)).map(String::trim).filter(s -> !s.isEmpty());
    }

    @Override
    public String toString() {
        return id + " [" + source + " ~ /" + pattern.pattern() + "/]";
    }
}
