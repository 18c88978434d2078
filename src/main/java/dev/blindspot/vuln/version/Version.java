package dev.blindspot.vuln.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed firmware version: a key of numeric fields compared left to right, where a field may be unknown (the
 * device did not say: a Hikvision version without its build, a Dahua version without its build date). The total
 * order ({@link #compareTo}) reads an unknown field as 0 and a missing trailing field as 0; {@link #equals} agrees
 * with it. {@link #decide} says whether the order is meaningful for two versions: it is not when they differ only
 * where one of them is unknown, or when they are of different forms of one vendor's scheme.
 *
 * @see VersionScheme
 */
public final class Version implements Comparable<Version> {

    private final VersionScheme scheme;
    private final String form;
    private final String raw;
    private final List<Optional<Long>> fields;

    Version(VersionScheme scheme, String form, String raw, List<Optional<Long>> fields) {
        this.scheme = Objects.requireNonNull(scheme);
        this.form = Objects.requireNonNull(form);
        this.raw = Objects.requireNonNull(raw);
        this.fields = List.copyOf(fields);
    }

    public VersionScheme scheme() {
        return scheme;
    }

    /** The text it was parsed from. */
    public String raw() {
        return raw;
    }

    /** The scheme's variant (e.g. Uniview's {@code B6103.16.10.B25.201218} vs {@code B0006P01D1805}). */
    public String form() {
        return form;
    }

    private long at(int i) {
        return i < fields.size() ? fields.get(i).orElse(0L) : 0L;
    }

    private boolean known(int i) {
        return i >= fields.size() || fields.get(i).isPresent();
    }

    @Override
    public int compareTo(Version o) {
        int c = scheme.compareTo(o.scheme);
        if (c != 0) {
            return c;
        }
        c = form.compareTo(o.form);
        if (c != 0) {
            return c;
        }
        int n = Math.max(fields.size(), o.fields.size());
        for (int i = 0; i < n; i++) {
            c = Long.compare(at(i), o.at(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * The sign of {@code compareTo(o)} when the two versions can be told apart or shown equal with what both state;
     * empty when they cannot (a field one of them leaves unknown decides it, or they are of different forms).
     */
    public Optional<Integer> decide(Version o) {
        if (scheme != o.scheme || !form.equals(o.form)) {
            return Optional.empty();
        }
        int n = Math.max(fields.size(), o.fields.size());
        for (int i = 0; i < n; i++) {
            if (known(i) != o.known(i)) {
                return Optional.empty();
            }
            int c = Long.compare(at(i), o.at(i));
            if (c != 0) {
                return Optional.of(c);
            }
        }
        return Optional.of(0);
    }

    /**
     * Like {@link #decide}, with {@code bound} as a range end that states only what it knows: a field the bound leaves
     * unknown matches any value ({@code V5.02.006} as a bound covers every build of V5.02.006). A field this version
     * leaves unknown where the bound states one still cannot be decided.
     */
    public Optional<Integer> decideAgainst(Version bound) {
        if (scheme != bound.scheme || !form.equals(bound.form)) {
            return Optional.empty();
        }
        int n = Math.max(fields.size(), bound.fields.size());
        for (int i = 0; i < n; i++) {
            if (!bound.known(i)) {
                continue;
            }
            if (!known(i)) {
                return Optional.empty();
            }
            int c = Long.compare(at(i), bound.at(i));
            if (c != 0) {
                return Optional.of(c);
            }
        }
        return Optional.of(0);
    }

    private List<Long> normalised() {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            out.add(at(i));
        }
        while (!out.isEmpty() && out.getLast() == 0L) {
            out.removeLast();
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Version v && scheme == v.scheme && form.equals(v.form) && normalised().equals(v.normalised());
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, form, normalised());
    }

    @Override
    public String toString() {
        return raw;
    }
}
