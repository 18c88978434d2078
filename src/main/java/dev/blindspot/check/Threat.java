package dev.blindspot.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The threat categories of the operator's checklist, worst first. */
public enum Threat {
    EXPOSURE("exposure", "Management interface exposed to the internet"),
    CREDENTIALS("credentials", "Default and weak credentials, unauthenticated access"),
    PATCHING("patching", "Unpatched firmware and software"),
    SEGMENTATION("segmentation", "Flat network"),
    VMS_CONTROLS("vms-controls", "VMS controls: MFA, audit log, patching"),
    VENDOR_RISK("vendor-risk", "Vendor risk");

    private final String wireName;
    private final String title;

    Threat(String wireName, String title) {
        this.wireName = wireName;
        this.title = title;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public String title() {
        return title;
    }

    @JsonCreator
    public static Threat fromWire(String s) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(s)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown threat '" + s + "'"));
    }
}
