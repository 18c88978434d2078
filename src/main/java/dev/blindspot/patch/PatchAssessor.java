package dev.blindspot.patch;

import dev.blindspot.patch.FirmwareReleases.EndOfLife;
import dev.blindspot.patch.FirmwareReleases.Family;
import dev.blindspot.patch.FirmwareReleases.Release;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Judges a device against {@link FirmwareReleases}: is a security release newer than its firmware more than
 * {@link #GRACE_DAYS} days old at the scan, and is the device or its firmware line end-of-life. Pure.
 */
public final class PatchAssessor {

    /** How long after a security release its absence is tolerated. */
    public static final int GRACE_DAYS = 30;

    private final FirmwareReleases data;

    public PatchAssessor(FirmwareReleases data) {
        this.data = data;
    }

    /** The release data's families that describe {@code device}, or why there are none. */
    private sealed interface Match {
        record Found(List<Family> families) implements Match {}
        record None(String reason) implements Match {}
    }

    private Match families(Device device, String what) {
        List<Family> ofVendor = Stream.concat(device.vendor().stream(), device.manufacturer().stream())
                .flatMap(v -> data.ofVendor(v).stream()).distinct().toList();
        if (device.vendor().isEmpty() && device.manufacturer().isEmpty()) {
            return new Match.None("vendor not identified");
        }
        if (ofVendor.isEmpty()) {
            return new Match.None("no " + what + " data for " + device.describe());
        }
        List<Family> matching = ofVendor.stream()
                .filter(f -> f.vendorWide() || device.model().map(f::matchesModel).orElse(false)).toList();
        if (matching.isEmpty()) {
            return new Match.None(device.model().isEmpty()
                    ? "model not identified (the " + what + " data for " + device.describe() + " is per model family)"
                    : "no " + what + " data for " + device.describe());
        }
        return new Match.Found(matching);
    }

    /** Whether security releases newer than the device's firmware were published over {@link #GRACE_DAYS} days before {@code at}. */
    public PatchStatus securityUpdates(Device device, Optional<Instant> at) {
        Match match = families(device, "release");
        if (match instanceof Match.None none) {
            return new PatchStatus.Unknown(none.reason());
        }
        List<Family> families = ((Match.Found) match).families();
        if (device.firmware().isEmpty() || device.firmware().get().isBlank()) {
            return new PatchStatus.Unknown("firmware version not read");
        }
        if (at.isEmpty()) {
            return new PatchStatus.Unknown("scan time unknown: cannot age the release dates");
        }
        String firmware = device.firmware().get().trim();
        LocalDate scanDay = LocalDate.ofInstant(at.get(), ZoneOffset.UTC);
        List<Release> covering = new ArrayList<>();
        List<Release> behind = new ArrayList<>();
        boolean incomparable = false;
        for (Family f : families) {
            for (Release r : f.releases()) {
                if (!r.security()) {
                    continue;
                }
                Optional<Boolean> covers = r.appliesFrom().isEmpty() ? Optional.of(true)
                        : f.order().compare(firmware, r.appliesFrom().get()).map(c -> c >= 0);
                Optional<Boolean> lags = r.version().isPresent()
                        ? f.order().compare(firmware, r.version().get()).map(c -> c < 0)
                        : f.order().compare(firmware, r.affectedThrough().orElseThrow()).map(c -> c <= 0);
                if (covers.isEmpty() || (covers.get() && lags.isEmpty())) {
                    incomparable = true;
                } else if (covers.get()) {
                    covering.add(r);
                    if (lags.get()) {
                        behind.add(r);
                    }
                }
            }
        }
        List<Release> overdue = behind.stream()
                .filter(r -> r.date().map(d -> ChronoUnit.DAYS.between(d, scanDay) > GRACE_DAYS).orElse(false)).toList();
        if (!overdue.isEmpty()) {
            return overdue(device, firmware, overdue, scanDay);
        }
        Optional<Release> undated = behind.stream().filter(r -> r.date().isEmpty()).findFirst();
        if (undated.isPresent()) {
            return new PatchStatus.Unknown("firmware " + firmware + " predates a security release fixing "
                    + String.join(", ", undated.get().fixes()) + " (" + undated.get().label()
                    + ") whose release date is not known");
        }
        if (!behind.isEmpty()) {
            Release r = behind.getFirst();
            return new PatchStatus.Current("security release " + r.label() + " (fixes " + String.join(", ", r.fixes())
                    + ") was published " + r.date().orElseThrow() + ", " + ChronoUnit.DAYS.between(r.date().get(), scanDay)
                    + " days before the scan: within the " + GRACE_DAYS + "-day window");
        }
        if (!covering.isEmpty()) {
            Release newest = covering.stream().max(Comparator.comparing(r -> r.date().orElse(LocalDate.MIN))).orElseThrow();
            return new PatchStatus.Current("firmware " + firmware + " is not older than any known security release for "
                    + device.describe() + " (latest known: " + newest.label() + newest.date().map(d -> " of " + d).orElse("")
                    + ", data as of " + data.asOf() + ")");
        }
        return new PatchStatus.Unknown(incomparable
                ? "firmware " + firmware + " cannot be compared with the release data for " + device.describe()
                : "no release data for the firmware line of " + firmware + " (" + device.describe() + ")");
    }

    private static PatchStatus overdue(Device device, String firmware, List<Release> overdue, LocalDate scanDay) {
        Release newest = overdue.stream().max(Comparator.comparing(r -> r.date().orElseThrow())).orElseThrow();
        Set<String> cves = new LinkedHashSet<>();
        Set<String> refs = new LinkedHashSet<>();
        overdue.forEach(r -> {
            cves.addAll(r.fixes());
            refs.add(firstUrl(r.source()));
        });
        long days = ChronoUnit.DAYS.between(newest.date().orElseThrow(), scanDay);
        String evidence = device.describe() + " runs " + firmware + "; security release " + newest.label()
                + " was published " + newest.date().get() + " (" + days + " days before the scan) and fixes "
                + String.join(", ", newest.fixes())
                + (cves.size() > newest.fixes().size() ? "; all overdue fixes: " + String.join(", ", cves) : "");
        return new PatchStatus.Behind(evidence, overdue, refs.stream().filter(s -> !s.isEmpty()).toList());
    }

    /**
     * Whether the device or its firmware line is end-of-life according to the data; empty when the data has no
     * lifecycle facts for it (no notice is no evidence either way, so there is nothing to report).
     */
    public Optional<PatchStatus> endOfLife(Device device, Optional<Instant> at) {
        List<Family> withNotice = Stream.concat(device.vendor().stream(), device.manufacturer().stream())
                .flatMap(v -> data.ofVendor(v).stream()).distinct().filter(f -> f.endOfLife().isPresent()).toList();
        if (withNotice.isEmpty()) {
            return Optional.empty();
        }
        if (device.model().isEmpty()) {
            return Optional.of(new PatchStatus.Unknown("model not identified, and the lifecycle data lists end-of-life "
                    + device.describe() + " models"));
        }
        for (Family f : withNotice) {
            if (!f.vendorWide() && !f.matchesModel(device.model().get())) {
                continue;
            }
            EndOfLife eol = f.endOfLife().orElseThrow();
            if (eol.firmware().isPresent()) {
                if (device.firmware().isEmpty()) {
                    return Optional.of(new PatchStatus.Unknown("firmware line " + eol.firmware().get().pattern()
                            + " of " + f.family() + " is end-of-life, and the firmware version was not read"));
                }
                if (!eol.firmware().get().matcher(device.firmware().get().trim()).matches()) {
                    continue;
                }
            }
            if (eol.date().isPresent()) {
                if (at.isEmpty()) {
                    return Optional.of(new PatchStatus.Unknown("support for " + f.family() + " ends "
                            + eol.date().get() + "; scan time unknown"));
                }
                if (eol.date().get().isAfter(LocalDate.ofInstant(at.get(), ZoneOffset.UTC))) {
                    return Optional.of(new PatchStatus.Current("support for " + f.family() + " ends "
                            + eol.date().get() + ": " + eol.statement()));
                }
            }
            return Optional.of(new PatchStatus.Behind(device.describe() + ": " + eol.statement()
                    + eol.date().map(d -> " (end of support " + d + ")").orElse(""), List.of(),
                    Stream.of(firstUrl(eol.source())).filter(s -> !s.isEmpty()).toList()));
        }
        return Optional.empty();
    }

    /** The first http(s) address in a source text, or "" when it names none. */
    static String firstUrl(String source) {
        for (String word : source.split("[\\s;()]+")) {
            if (word.startsWith("https://") || word.startsWith("http://")) {
                return word;
            }
        }
        return "";
    }
}
