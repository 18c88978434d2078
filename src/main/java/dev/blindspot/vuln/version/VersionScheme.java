package dev.blindspot.vuln.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Firmware version formats of real vendors, each parsed into a {@link Version}. Unparseable text gives empty:
 * a matcher must then say it cannot tell, never guess.
 * <ul>
 * <li>{@code hikvision}: {@code V5.4.0 build 160530}, {@code V5.5.800build 210628}, {@code V4.30.096build221220}</li>
 * <li>{@code dahua}: {@code 2.800.0000000.29.R, Build Date: 2021-06-16}, {@code V2.800.0000000.29.R,build:2021-06-16},
 *     {@code 2.800.0000000.29.r.210630} (NVD); compared by build date first (Dahua's advisories state "build time before ..."; it
 *     is the one axis shared by its product lines), then major.minor, baseline and revision</li>
 * <li>{@code axis}, {@code dotted}: {@code 10.12.182}, {@code 9.80.3.8}, {@code 9.2.0-9289}, {@code 0.14.1-f4f3cfa}
 *     (a trailing git hash is ignored)</li>
 * <li>{@code reolink}: {@code v3.0.0.136_20121102}</li>
 * <li>{@code uniview}: {@code IPC_G6103-B6103.16.10.B25.201218}, {@code B6103.16.10.B25.201218},
 *     {@code cipc-b2303.2.8.230105}, {@code IPC_G6103-B0006P01D1805}</li>
 * <li>{@code hanwha}: {@code 2.21.02_20231023}, {@code 1.40_161209}, {@code 5.01.52}</li>
 * </ul>
 */
public enum VersionScheme {
    HIKVISION, DAHUA, AXIS, REOLINK, UNIVIEW, HANWHA, DOTTED;

    /** Longest version text accepted. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern HIK = Pattern.compile(
            "v?(\\d{1,6})\\.(\\d{1,6})(?:\\.(\\d{1,6}))?(?:\\.(\\d{1,6}))?\\s*(?:[,_]?\\s*build\\s*[:_]?\\s*(\\d{6,8}))?");
    private static final Pattern DAHUA_V = Pattern.compile(
            "v?(\\d{1,6})\\.(\\d{1,6})\\.([0-9a-z]{1,12})\\.(\\d{1,9})(?:\\.([a-z]))?(?:\\.(\\d{6}|\\d{8}))?"
                    + "(?:\\s*,?\\s*(?:build\\s*date\\s*:|build\\s*:|build)\\s*(\\d{4})-?(\\d{2})-?(\\d{2}))?");
    /** Dotted numbers, an optional D-Link-style build ({@code 2.60B15}: build 15 of 2.60), an optional git hash. */
    private static final Pattern DOTTED_V = Pattern.compile(
            "v?(\\d{1,12}(?:[.\\-_]\\d{1,12}){0,9})(?:b(\\d{1,6}))?(?:[-+][0-9a-f]{7,40})?");
    private static final Pattern REOLINK_V = Pattern.compile(
            "v?(\\d{1,6})\\.(\\d{1,6})\\.(\\d{1,6})(?:\\.(\\d{1,9}))?(?:_(\\d{6,10}))?");
    private static final Pattern UNV_DOTS = Pattern.compile(
            "(?:.*-)?b(\\d{1,6})\\.(\\d{1,6})\\.(\\d{1,6})(?:\\.b(\\d{1,6}))?\\.(\\d{6})");
    private static final Pattern UNV_PD = Pattern.compile("(?:.*-)?b(\\d{1,6})p(\\d{1,6})d(\\d{1,8})");
    private static final Pattern HANWHA_V = Pattern.compile(
            "v?(\\d{1,6})\\.(\\d{1,6})(?:\\.(\\d{1,6}))?(?:\\.(\\d{1,6}))?(?:_(\\d{6}|\\d{8}))?");

    /** The wire name used in overlay files ({@code hikvision}, {@code dotted}...). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VersionScheme> fromWire(String s) {
        for (VersionScheme v : values()) {
            if (v.wireName().equals(s.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The scheme a vendor's firmware versions follow (canonical vendor names as in vendors.yaml); dotted otherwise. */
    public static VersionScheme forVendor(String vendor) {
        return switch (vendor.toLowerCase(Locale.ROOT)) {
            case "hikvision", "annke", "lts", "ezviz" -> HIKVISION;
            case "dahua", "amcrest", "lorex", "imou", "dahuasecurity" -> DAHUA;
            case "axis" -> AXIS;
            case "reolink" -> REOLINK;
            case "uniview" -> UNIVIEW;
            case "hanwha" -> HANWHA;
            default -> DOTTED;
        };
    }

    /** The version {@code text} states, or empty when it is not in this scheme's format (or too long). */
    public Optional<Version> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        return switch (this) {
            case HIKVISION -> fourAndLast(HIK, text, t, VersionScheme::date);
            case DAHUA -> dahua(text, t);
            case AXIS, DOTTED -> dotted(text, t);
            case REOLINK -> fourAndLast(REOLINK_V, text, t, VersionScheme::num);
            case UNIVIEW -> uniview(text, t);
            case HANWHA -> fourAndLast(HANWHA_V, text, t, VersionScheme::date);
        };
    }

    /**
     * Four numbers (groups 1-4, a missing one counts 0) and an optional fifth field (group 5) read by {@code last}:
     * the shape of Hikvision ({@code V5.4.0 build 160530}), Reolink ({@code v3.0.0.136_20121102}) and Hanwha
     * ({@code 2.21.02_20231023}) versions.
     */
    private Optional<Version> fourAndLast(Pattern p, String raw, String t, java.util.function.Function<String, Long> last) {
        Matcher m = p.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Optional<Long>> f = new ArrayList<>();
        for (int g = 1; g <= 4; g++) {
            f.add(Optional.of(num(m.group(g))));
        }
        f.add(Optional.ofNullable(m.group(5)).map(last));
        return Optional.of(new Version(this, "", raw, f));
    }

    private Optional<Version> dahua(String raw, String t) {
        Matcher m = DAHUA_V.matcher(t);
        if (!m.matches() || m.group(6) != null && m.group(7) != null) {
            return Optional.empty();
        }
        Optional<Long> date = m.group(7) != null
                ? Optional.of(Long.parseLong(m.group(7) + m.group(8) + m.group(9)))
                : Optional.ofNullable(m.group(6)).map(VersionScheme::date);
        List<Optional<Long>> f = new ArrayList<>();
        f.add(date);
        f.add(Optional.of(num(m.group(1))));
        f.add(Optional.of(num(m.group(2))));
        f.add(Optional.of(Long.parseLong(m.group(3), 36)));
        f.add(Optional.of(num(m.group(4))));
        return Optional.of(new Version(this, "", raw, f));
    }

    private Optional<Version> dotted(String raw, String t) {
        Matcher m = DOTTED_V.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Optional<Long>> f = new ArrayList<>();
        for (String p : m.group(1).split("[.\\-_]")) {
            f.add(Optional.of(num(p)));
        }
        if (m.group(2) != null) {
            f.add(Optional.of(num(m.group(2))));
        }
        return Optional.of(new Version(this, "", raw, f));
    }


    private Optional<Version> uniview(String raw, String t) {
        Matcher m = UNV_DOTS.matcher(t);
        if (m.matches()) {
            List<Optional<Long>> f = new ArrayList<>();
            for (int g = 1; g <= 3; g++) {
                f.add(Optional.of(num(m.group(g))));
            }
            f.add(Optional.ofNullable(m.group(4)).map(VersionScheme::num));
            f.add(Optional.of(date(m.group(5))));
            return Optional.of(new Version(this, "dots", raw, f));
        }
        m = UNV_PD.matcher(t);
        if (m.matches()) {
            return Optional.of(new Version(this, "pd", raw, List.of(Optional.of(num(m.group(1))),
                    Optional.of(num(m.group(2))), Optional.of(num(m.group(3))))));
        }
        return Optional.empty();
    }


    private static long num(String s) {
        return s == null ? 0L : Long.parseLong(s);
    }

    /** {@code yymmdd} (20yy) or {@code yyyymmdd} as the number yyyymmdd. */
    private static long date(String s) {
        return s.length() == 6 ? 20_000_000L + Long.parseLong(s) : Long.parseLong(s);
    }
}
