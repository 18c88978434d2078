package dev.blindspot.vuln.overlay;

import dev.blindspot.vuln.version.VersionScheme;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One curated version range: a CVE's affected models of one vendor and the firmware range, from the vendor advisory
 * or the CVE text when the NVD configuration has none (format: PREAMBLE6 / README "Curated version ranges").
 *
 * @param models   whole-model Java regex, case-insensitive; empty = every model of the vendor
 * @param from     inclusive start; empty = from the first version
 * @param before   exclusive end
 * @param through  inclusive end (at most one of before/through; neither = every version from {@code from})
 * @param fixed    the firmware to upgrade to
 * @param noFix    why there is none (end of life)
 * @param file     the overlay file it came from
 */
public record OverlayEntry(String cve, String vendor, Optional<String> models, VersionScheme scheme,
                           Optional<String> from, Optional<String> before, Optional<String> through,
                           Optional<String> fixed, Optional<String> noFix, String source, List<Example> examples,
                           String file) {

    public OverlayEntry {
        Objects.requireNonNull(cve, "cve");
        Objects.requireNonNull(vendor, "vendor");
        examples = List.copyOf(examples);
    }

    /** A device the entry must match ({@code match: true}) or must not. Firmware as the device reports it. */
    public record Example(String model, String firmware, boolean match) {}

    /** Where this entry is, for error messages: {@code curated.yaml: CVE-2017-7921 (Hikvision)}. */
    public String where() {
        return file + ": " + cve + " (" + vendor + models.map(m -> " " + m).orElse("") + ")";
    }
}
