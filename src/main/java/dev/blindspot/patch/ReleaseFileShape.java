package dev.blindspot.patch;

import dev.blindspot.patch.FirmwareReleases.EndOfLife;
import dev.blindspot.patch.FirmwareReleases.Example;
import dev.blindspot.patch.FirmwareReleases.Expectation;
import dev.blindspot.patch.FirmwareReleases.Family;
import dev.blindspot.patch.FirmwareReleases.Release;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The YAML shape of {@code vuln/firmware-releases.yaml} and its validation into {@link FirmwareReleases} values. */
final class ReleaseFileShape {

    private ReleaseFileShape() {
    }

    record FileShape(int version, String asOf, List<FamilyShape> families) {}

    record FamilyShape(String vendor, String family, String models, String scheme, List<ReleaseShape> releases,
                       EndOfLifeShape endOfLife, List<ExampleShape> examples) {}

    record ReleaseShape(String version, String affectedThrough, String appliesFrom, String date, Boolean security,
                        List<String> fixes, String source, String note) {}

    record EndOfLifeShape(String date, String firmware, String statement, String source) {}

    record ExampleShape(String model, String firmware, String at, String overdue, String endOfLife) {}

    static Family family(FamilyShape f) {
        if (f.vendor() == null || f.family() == null || f.models() == null || f.scheme() == null) {
            throw new IllegalArgumentException("firmware releases: a family without vendor, family, models or scheme");
        }
        String where = f.vendor() + " " + f.family();
        VersionOrder order;
        try {
            order = VersionOrder.of(f.scheme());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
        List<Release> releases = new ArrayList<>();
        for (ReleaseShape r : f.releases() == null ? List.<ReleaseShape>of() : f.releases()) {
            releases.add(release(where, r));
        }
        Optional<EndOfLife> eol = Optional.ofNullable(f.endOfLife()).map(e -> endOfLife(where, e));
        if (releases.isEmpty() && eol.isEmpty()) {
            throw new IllegalArgumentException(where + ": neither releases nor endOfLife");
        }
        List<Example> examples = new ArrayList<>();
        for (ExampleShape e : f.examples() == null ? List.<ExampleShape>of() : f.examples()) {
            examples.add(example(where, e));
        }
        if (examples.isEmpty()) {
            throw new IllegalArgumentException(where + ": no examples (every entry carries its tests)");
        }
        return new Family(f.vendor().trim(), f.family(), FirmwareReleases.regex(where, f.models()), f.scheme(), order,
                releases, eol, examples);
    }

    private static Release release(String where, ReleaseShape r) {
        if ((r.version() == null) == (r.affectedThrough() == null)) {
            throw new IllegalArgumentException(where + ": a release needs exactly one of version and affectedThrough");
        }
        if (blank(r.source())) {
            throw new IllegalArgumentException(where + ": a release without source");
        }
        boolean security = r.security() != null && r.security();
        List<String> fixes = r.fixes() == null ? List.of() : r.fixes();
        for (String cve : fixes) {
            if (!cve.matches("CVE-\\d{4}-\\d{4,7}")) {
                throw new IllegalArgumentException(where + ": '" + cve + "' is not a CVE id");
            }
        }
        if (security && fixes.isEmpty()) {
            throw new IllegalArgumentException(where + ": a security release names the CVEs it fixes");
        }
        return new Release(Optional.ofNullable(r.version()), Optional.ofNullable(r.affectedThrough()),
                Optional.ofNullable(r.appliesFrom()), Optional.ofNullable(r.date()).map(d -> date(where, d)), security,
                fixes, r.source(), Optional.ofNullable(r.note()));
    }

    private static EndOfLife endOfLife(String where, EndOfLifeShape e) {
        if (blank(e.statement()) || blank(e.source())) {
            throw new IllegalArgumentException(where + ": endOfLife needs statement and source");
        }
        return new EndOfLife(Optional.ofNullable(e.date()).map(d -> date(where, d)),
                Optional.ofNullable(e.firmware()).map(r -> FirmwareReleases.regex(where, r)), e.statement(), e.source());
    }

    private static Example example(String where, ExampleShape e) {
        if (e.model() == null || e.firmware() == null || e.at() == null || (e.overdue() == null && e.endOfLife() == null)) {
            throw new IllegalArgumentException(where + ": an example needs model, firmware, at and overdue or endOfLife");
        }
        return new Example(e.model(), e.firmware(), date(where, e.at()), expectation(where, e.overdue()),
                expectation(where, e.endOfLife()));
    }

    private static Optional<Expectation> expectation(String where, String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Expectation.valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": expectation '" + s + "' is not true, false or unknown");
        }
    }

    static LocalDate date(String where, String s) {
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": '" + s + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
