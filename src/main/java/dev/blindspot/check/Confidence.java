package dev.blindspot.check;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How sure a finding is: confirmed by an exchange, likely from strong evidence, possible from weak evidence. */
public enum Confidence {
    CONFIRMED, LIKELY, POSSIBLE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
