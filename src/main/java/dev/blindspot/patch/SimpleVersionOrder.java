package dev.blindspot.patch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minimal firmware version orders for the schemes the release data uses. Each string becomes numbers and, when the
 * vendor writes one, a build date:
 * <ul>
 *   <li>hikvision {@code V5.4.0 build 160530}, axis {@code 10.12.228}, hanwha {@code 1.40_161209}, reolink
 *       {@code v3.0.0.136_20121102}, dotted {@code 2.60B15}: numbers first, the build date breaks ties;</li>
 *   <li>dahua {@code 2.800.0000000.29.R.210630} or {@code 2.800.0000016.0.R,build:2020-06-05}: the build date when
 *       both have one (Dahua's advisories draw the line by build time), else major, baseline and build number (the
 *       customer code in the third field is not an order);</li>
 *   <li>uniview {@code IPC_G6103-B0006P01D1805} or {@code B6103.16.10.B25.201218}: the build date only.</li>
 * </ul>
 */
final class SimpleVersionOrder implements VersionOrder {

    private static final int MAX_LENGTH = 200;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern HIK_BUILD = Pattern.compile("(?i)build\\s*(\\d{6})");
    private static final Pattern TRAILING_YYMMDD = Pattern.compile("[._](\\d{6})(\\d{2})?$");
    private static final Pattern ISO_BUILD = Pattern.compile("(?i)build:?\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern UNIVIEW_MONTH = Pattern.compile("D(\\d{2})(\\d{2})$");

    private enum Kind { NUMBERS_THEN_DATE, DAHUA, DATE_ONLY }

    private final Kind kind;

    private SimpleVersionOrder(Kind kind) {
        this.kind = kind;
    }

    static VersionOrder named(String scheme) {
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "hikvision", "axis", "reolink", "hanwha", "dotted" -> new SimpleVersionOrder(Kind.NUMBERS_THEN_DATE);
            case "dahua" -> new SimpleVersionOrder(Kind.DAHUA);
            case "uniview" -> new SimpleVersionOrder(Kind.DATE_ONLY);
            default -> throw new IllegalArgumentException("unknown version scheme '" + scheme
                    + "' (hikvision, dahua, axis, reolink, uniview, hanwha, dotted)");
        };
    }

    /** Numbers and an optional build date read from one version string. */
    record Key(List<Long> numbers, Optional<LocalDate> date) {}

    @Override
    public Optional<Integer> compare(String a, String b) {
        Optional<Key> ka = key(a);
        Optional<Key> kb = key(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return Optional.empty();
        }
        Key x = ka.get();
        Key y = kb.get();
        return switch (kind) {
            case DATE_ONLY -> dates(x, y);
            case DAHUA -> x.date().isPresent() && y.date().isPresent() ? dates(x, y)
                    : x.numbers().isEmpty() || y.numbers().isEmpty() ? Optional.empty() : numbers(x, y);
            case NUMBERS_THEN_DATE -> numbers(x, y).map(n -> n != 0 ? n : dates(x, y).orElse(0));
        };
    }

    Optional<Key> key(String version) {
        String v = version.trim();
        if (v.isEmpty() || v.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return switch (kind) {
            case DATE_ONLY -> univiewDate(v).map(d -> new Key(List.of(), Optional.of(d)));
            case DAHUA -> dahua(v);
            case NUMBERS_THEN_DATE -> numbersThenDate(v);
        };
    }

    private static Optional<Key> numbersThenDate(String v) {
        Optional<LocalDate> date = Optional.empty();
        String numberPart = v;
        Matcher hik = HIK_BUILD.matcher(v);
        if (hik.find()) {
            date = yymmdd(hik.group(1));
            numberPart = v.substring(0, hik.start());
        } else {
            Matcher tail = TRAILING_YYMMDD.matcher(v);
            if (tail.find()) {
                date = yymmdd(tail.group(1));
                numberPart = v.substring(0, tail.start());
            }
        }
        List<Long> numbers = digits(numberPart, Integer.MAX_VALUE);
        return numbers.isEmpty() ? Optional.empty() : Optional.of(new Key(numbers, date));
    }

    private static Optional<Key> dahua(String v) {
        Optional<LocalDate> date = Optional.empty();
        String body = v;
        Matcher iso = ISO_BUILD.matcher(v);
        if (iso.find()) {
            date = date(iso.group(1), iso.group(2), iso.group(3));
            body = v.substring(0, iso.start());
        }
        String[] fields = body.replaceFirst("^[vV]", "").split("[.,]");
        if (fields.length < 2) {
            return date.map(d -> new Key(List.of(), Optional.of(d)));
        }
        if (date.isEmpty() && fields.length >= 6 && fields[5].matches("\\d{6}")) {
            date = yymmdd(fields[5]);
        }
        List<Long> numbers = new ArrayList<>();
        for (int i : new int[] {0, 1, 3}) {
            if (i < fields.length && fields[i].matches("\\d{1,9}")) {
                numbers.add(Long.parseLong(fields[i]));
            } else if (i < 2) {
                return Optional.empty();
            }
        }
        return Optional.of(new Key(numbers, date));
    }

    private static Optional<LocalDate> univiewDate(String v) {
        Matcher tail = TRAILING_YYMMDD.matcher(v);
        if (tail.find()) {
            return yymmdd(tail.group(1));
        }
        Matcher month = UNIVIEW_MONTH.matcher(v);
        if (month.find()) {
            return date("20" + month.group(1), month.group(2), "01");
        }
        return Optional.empty();
    }

    private static List<Long> digits(String s, int max) {
        List<Long> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(s);
        while (m.find() && out.size() < max) {
            String g = m.group();
            out.add(g.length() > 12 ? Long.MAX_VALUE : Long.parseLong(g));
        }
        return out;
    }

    private static Optional<Integer> numbers(Key x, Key y) {
        int n = Math.max(x.numbers().size(), y.numbers().size());
        for (int i = 0; i < n; i++) {
            long a = i < x.numbers().size() ? x.numbers().get(i) : 0;
            long b = i < y.numbers().size() ? y.numbers().get(i) : 0;
            if (a != b) {
                return Optional.of(Long.compare(a, b));
            }
        }
        return Optional.of(0);
    }

    private static Optional<Integer> dates(Key x, Key y) {
        if (x.date().isEmpty() || y.date().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Integer.signum(x.date().get().compareTo(y.date().get())));
    }

    private static Optional<LocalDate> yymmdd(String six) {
        return date("20" + six.substring(0, 2), six.substring(2, 4), six.substring(4, 6));
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
