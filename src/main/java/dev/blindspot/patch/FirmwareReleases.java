package dev.blindspot.patch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The release facts of {@code vuln/firmware-releases.yaml}: per vendor and model family, security releases with
 * their dates and CVEs, and end-of-life notices, each with its source. Immutable; see {@link PatchAssessor} for the
 * judgements made from it.
 */
public final class FirmwareReleases {

    static final String RESOURCE = "/vuln/firmware-releases.yaml";
    private static final int MAX_BYTES = 512 * 1024;

    /** What an example expects a check to conclude. */
    public enum Expectation { TRUE, FALSE, UNKNOWN }

    /** One release of a family; {@code version} or {@code affectedThrough} says which firmware it supersedes. */
    public record Release(Optional<String> version, Optional<String> affectedThrough, Optional<String> appliesFrom,
                          Optional<LocalDate> date, boolean security, List<String> fixes, String source,
                          Optional<String> note) {
        public Release {
            fixes = List.copyOf(fixes);
        }

        /** How the release is named in evidence: its version, or "after X" when only the last affected one is known. */
        public String label() {
            return version.orElseGet(() -> "after " + affectedThrough.orElse("?"));
        }
    }

    /** The vendor says the device (or, with {@code firmware}, one firmware line) gets no further updates. */
    public record EndOfLife(Optional<LocalDate> date, Optional<Pattern> firmware, String statement, String source) {}

    /** A test case written next to the data: a device and scan date with the conclusions it asserts. */
    public record Example(String model, String firmware, LocalDate at, Optional<Expectation> overdue,
                          Optional<Expectation> endOfLife) {}

    /** One vendor + model family + version scheme. */
    public record Family(String vendor, String family, Pattern models, String scheme, VersionOrder order,
                         List<Release> releases, Optional<EndOfLife> endOfLife, List<Example> examples) {
        public Family {
            releases = List.copyOf(releases);
            examples = List.copyOf(examples);
        }

        /** True when the family's model pattern names every model of the vendor. */
        public boolean vendorWide() {
            return models.pattern().equals(".*");
        }

        public boolean matchesModel(String model) {
            return models.matcher(model.trim()).matches();
        }
    }

    private final LocalDate asOf;
    private final List<Family> families;

    private FirmwareReleases(LocalDate asOf, List<Family> families) {
        this.asOf = asOf;
        this.families = List.copyOf(families);
    }

    /** The bundled data (parsed once). */
    public static FirmwareReleases bundled() {
        return Bundled.DATA;
    }

    /** The date the facts were collected up to. */
    public LocalDate asOf() {
        return asOf;
    }

    public List<Family> families() {
        return families;
    }

    /** The families of {@code vendor} (case-insensitive), in file order. */
    public List<Family> ofVendor(String vendor) {
        String key = vendor.trim().toLowerCase(Locale.ROOT);
        return families.stream().filter(f -> f.vendor().toLowerCase(Locale.ROOT).equals(key)).toList();
    }

    /** Parses the YAML text; throws {@link IllegalArgumentException} naming what is wrong. */
    public static FirmwareReleases parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("firmware releases larger than " + MAX_BYTES + " bytes");
        }
        YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        ReleaseFileShape.FileShape file = yaml.readValue(bytes, ReleaseFileShape.FileShape.class);
        if (file == null || file.version() != 1 || file.asOf() == null || file.families() == null) {
            throw new IllegalArgumentException("firmware releases: version 1 with asOf and families expected");
        }
        List<Family> out = new ArrayList<>();
        for (ReleaseFileShape.FamilyShape f : file.families()) {
            out.add(ReleaseFileShape.family(f));
        }
        return new FirmwareReleases(ReleaseFileShape.date("asOf", file.asOf()), out);
    }

    static Pattern regex(String where, String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + ": bad regex " + regex + ": " + e.getDescription());
        }
    }

    private static final class Bundled {
        static final FirmwareReleases DATA = load();

        private static FirmwareReleases load() {
            try (InputStream in = FirmwareReleases.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }
}
