package dev.blindspot.vuln.match;

import dev.blindspot.vuln.version.Version;
import dev.blindspot.vuln.version.VersionScheme;
import java.util.Optional;

/** Which firmware versions a rule covers. */
sealed interface VersionConstraint {

    /** Whether a firmware is covered: yes, no, or cannot tell (with why). */
    sealed interface Outcome {
        record In(String why) implements Outcome {}
        record Out() implements Outcome {}
        /** {@code noVersionStated}: the record itself names no version (else: the firmware could not be placed). */
        record Undecided(String why, boolean noVersionStated) implements Outcome {
            Undecided(String why) {
                this(why, false);
            }
        }
    }

    Outcome test(VersionScheme scheme, Asset asset);

    /** Every version (NVD {@code *} without a range, CVE 5 "all"). */
    record Every() implements VersionConstraint {
        public Outcome test(VersionScheme scheme, Asset asset) {
            Optional<String> firmware = asset.firmware();
            return new Outcome.In("every firmware version is affected");
        }
    }

    /** The record states no version (NVD {@code -}, prose): the model family alone is known. */
    record Unstated(String what) implements VersionConstraint {
        public Outcome test(VersionScheme scheme, Asset asset) {
            Optional<String> firmware = asset.firmware();
            return new Outcome.Undecided(what, true);
        }
    }

    /** One exact version. */
    record Exact(String version, Optional<Version> want) implements VersionConstraint {
        static Exact of(VersionScheme scheme, String version) {
            return new Exact(version, scheme.parse(version));
        }

        public Outcome test(VersionScheme scheme, Asset asset) {
            Optional<String> firmware = asset.firmware();
            if (firmware.isEmpty()) {
                return new Outcome.Undecided("firmware version unknown (affected: " + version + ")");
            }
            Optional<Version> have = asset.firmwareIn(scheme);
            if (want.isEmpty() || have.isEmpty()) {
                return firmware.get().strip().equalsIgnoreCase(version.strip()) ? new Outcome.In("firmware is " + version)
                        : new Outcome.Undecided("firmware '" + firmware.get() + "' cannot be compared with affected version "
                        + version + " (not a " + scheme.wireName() + " version)");
            }
            Optional<Integer> c = have.get().decideAgainst(want.get());
            if (c.isEmpty()) {
                return new Outcome.Undecided("firmware '" + firmware.get() + "' cannot be compared with affected version " + version);
            }
            return c.get() == 0 ? new Outcome.In("firmware is the affected version " + version) : new Outcome.Out();
        }
    }

    /** A range; each end optional, inclusive or exclusive. */
    record Range(Optional<String> start, boolean startInclusive, Optional<String> end, boolean endInclusive,
                 Optional<Version> startVersion, Optional<Version> endVersion) implements VersionConstraint {

        static Range of(VersionScheme scheme, Optional<String> start, boolean startInclusive, Optional<String> end,
                        boolean endInclusive) {
            return new Range(start, startInclusive, end, endInclusive, start.flatMap(scheme::parse), end.flatMap(scheme::parse));
        }

        public String describe() {
            String s = start.map(v -> (startInclusive ? "from " : "after ") + v).orElse("");
            String e = end.map(v -> (endInclusive ? "through " : "before ") + v).orElse("");
            return (s + (s.isEmpty() || e.isEmpty() ? "" : " ") + e).strip();
        }

        public Outcome test(VersionScheme scheme, Asset asset) {
            Optional<String> firmware = asset.firmware();
            if (firmware.isEmpty()) {
                return new Outcome.Undecided("firmware version unknown (affected: " + describe() + ")");
            }
            Optional<Version> have = asset.firmwareIn(scheme);
            if (have.isEmpty()) {
                return new Outcome.Undecided("firmware '" + firmware.get() + "' is not a " + scheme.wireName()
                        + " version; cannot compare with " + describe());
            }
            if (start.isPresent()) {
                Optional<Integer> c = startVersion.flatMap(have.get()::decideAgainst);
                if (c.isEmpty()) {
                    return undecided(firmware.get(), scheme);
                }
                if (c.get() < 0 || c.get() == 0 && !startInclusive) {
                    return new Outcome.Out();
                }
            }
            if (end.isPresent()) {
                Optional<Integer> c = endVersion.flatMap(have.get()::decideAgainst);
                if (c.isEmpty()) {
                    return undecided(firmware.get(), scheme);
                }
                if (c.get() > 0 || c.get() == 0 && !endInclusive) {
                    return new Outcome.Out();
                }
            }
            return new Outcome.In("firmware " + firmware.get() + " is inside the stated range (" + describe() + ")");
        }

        private Outcome undecided(String firmware, VersionScheme scheme) {
            return new Outcome.Undecided("firmware '" + firmware + "' cannot be compared with the range (" + describe()
                    + ") in the " + scheme.wireName() + " scheme");
        }

    }
}
