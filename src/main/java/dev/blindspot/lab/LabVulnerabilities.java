package dev.blindspot.lab;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the safe active checks' CVEs a lab device's firmware is vulnerable to, from its kind, brand, model and
 * firmware alone (the answer key and the simulators both ask here, so the same spec with a fixed firmware is clean).
 * Ranges follow the advisories (lab/SOURCES.md, section "Safe active checks"):
 * <ul>
 *   <li>CVE-2017-7921, ICSA-17-124-01: Hikvision camera series and firmware ranges as listed there.</li>
 *   <li>CVE-2021-33044 / CVE-2021-33045, Dahua advisory DHCC-SA-202110-001 (NVD CPE ranges): IPC-HUM7xxx before
 *       build 2021-07-05, IPC-HX3xxx before 2021-06-30, IPC-HX5xxx before 2021-07-05 (current-firmware web server
 *       only: the 2014 CGI-only firmware has no {@code /RPC2_Login}).</li>
 *   <li>CVE-2017-7925, ICSA-17-124-02 (model families listed there): firmware built before 2017-03-06, the date of
 *       Dahua Security Bulletin 030617 that published the fixes (the advisory names no builds: modelled bound).</li>
 *   <li>CVE-2017-8229 (NVD: through V2.420.AC00.16.R 2016-09-09): Amcrest-branded units built on or before
 *       2016-09-09.</li>
 *   <li>CVE-2021-40150 (NVD: E1 Zoom through 3.0.0.716) and CVE-2021-40149 (same advisory series, same range):
 *       Reolink E1 Zoom on firmware up to v3.0.0.716.</li>
 *   <li>CVE-2020-25078 (D-Link DCS {@code /config/getuser}) and CVE-2018-9995 (TBK {@code device.rsp} cookie bypass):
 *       the KEV lab's rules in {@code lab.device.KevFirmware}.</li>
 * </ul>
 */
public final class LabVulnerabilities {

    public static final String HIKVISION_7921 = "CVE-2017-7921";
    public static final String DAHUA_33044 = "CVE-2021-33044";
    public static final String DAHUA_33045 = "CVE-2021-33045";
    public static final String DAHUA_7925 = "CVE-2017-7925";
    public static final String AMCREST_8229 = "CVE-2017-8229";
    public static final String REOLINK_40150 = "CVE-2021-40150";
    public static final String REOLINK_40149 = "CVE-2021-40149";
    public static final String DLINK_25078 = "CVE-2020-25078";
    public static final String TBK_9995 = "CVE-2018-9995";

    /** Hikvision series of ICSA-17-124-01 with first and last affected firmware (inclusive). */
    private record HikRange(Pattern model, String from, String through) {}

    private static final List<HikRange> HIKVISION = List.of(
            new HikRange(Pattern.compile("DS-2CD2\\d\\d2FWD.*"), "V5.3.1 build 150410", "V5.4.4 build 161125"),
            new HikRange(Pattern.compile("DS-2CD2\\d\\d2F-I.*"), "V5.2.0 build 140721", "V5.4.0 build 160530"),
            new HikRange(Pattern.compile("DS-2CD2\\d\\d0F-I.*"), "V5.2.0 build 140721", "V5.4.0 build 160401"),
            new HikRange(Pattern.compile("DS-2CD4\\d2\\dFWD.*"), "V5.2.0 build 140721", "V5.4.0 build 160414"),
            new HikRange(Pattern.compile("DS-2CD4\\d\\d5.*"), "V5.2.0 build 140721", "V5.4.0 build 160421"),
            new HikRange(Pattern.compile("DS-2DF.*"), "V5.2.0 build 140805", "V5.4.5 build 160928"),
            new HikRange(Pattern.compile("DS-2CD63.*"), "V5.0.9 build 140305", "V5.3.5 build 160106"));

    /** Dahua model families of CVE-2021-33044/33045 with the first fixed build date. */
    private record DahuaFamily(Pattern model, LocalDate fixedBuild) {}

    private static final List<DahuaFamily> RPC2_BYPASS = List.of(
            new DahuaFamily(Pattern.compile("(DH-)?IPC-HUM7.*"), LocalDate.of(2021, 7, 5)),
            new DahuaFamily(Pattern.compile("(DH-)?IPC-H[A-Z]{1,4}3\\d{3}.*"), LocalDate.of(2021, 6, 30)),
            new DahuaFamily(Pattern.compile("(DH-)?IPC-H[A-Z]{1,4}5\\d{3}.*"), LocalDate.of(2021, 7, 5)));

    private static final Pattern PASSWD_FAMILIES = Pattern.compile(
            "(DHI?-)?(IPC-H(DW|FW)[124]\\d{3}.*|IPC-HDBW23A0RN-ZS|IPC-HDBW13A0SN|SD6C.*|NVR1.*|HCVR[45].*)");
    private static final LocalDate DAHUA_BULLETIN_030617 = LocalDate.of(2017, 3, 6);
    private static final LocalDate AMCREST_LAST_AFFECTED = LocalDate.of(2016, 9, 9);
    private static final Pattern HIK_VERSION = Pattern.compile("[Vv](\\d+)\\.(\\d+)\\.(\\d+) build (\\d{6})");
    private static final Pattern BUILD_DATE = Pattern.compile("build:\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern REOLINK_VERSION = Pattern.compile("[Vv]?(\\d+)\\.(\\d+)\\.(\\d+)\\.(\\d+).*");

    private LabVulnerabilities() {
    }

    /** The CVEs (of the safe active checks) the device's firmware is vulnerable to, sorted; empty when none. */
    public static Set<String> of(DeviceSpec spec) {
        java.util.SortedSet<String> out = new TreeSet<>();
        String model = spec.model().toUpperCase(Locale.ROOT);
        switch (spec.kind()) {
            case HIKVISION_CAMERA -> {
                if (hikvision7921(model, spec.firmware())) {
                    out.add(HIKVISION_7921);
                }
            }
            case DAHUA_CAMERA, DAHUA_NVR, DAHUA_OLD_CAMERA -> {
                Optional<LocalDate> build = buildDate(spec.firmware());
                if (build.isPresent() && spec.kind() != DeviceKind.DAHUA_OLD_CAMERA && RPC2_BYPASS.stream()
                        .anyMatch(f -> f.model().matcher(model).matches() && build.get().isBefore(f.fixedBuild()))) {
                    out.add(DAHUA_33044);
                    out.add(DAHUA_33045);
                }
                if (build.isPresent() && PASSWD_FAMILIES.matcher(model).matches()
                        && build.get().isBefore(DAHUA_BULLETIN_030617)) {
                    out.add(DAHUA_7925);
                }
                if (build.isPresent() && spec.vendor().equalsIgnoreCase("Amcrest")
                        && !build.get().isAfter(AMCREST_LAST_AFFECTED)) {
                    out.add(AMCREST_8229);
                }
            }
            case REOLINK_CAMERA -> {
                if (model.contains("E1 ZOOM") && reolinkAtMost(spec.firmware(), new int[] {3, 0, 0, 716})) {
                    out.add(REOLINK_40150);
                    out.add(REOLINK_40149);
                }
            }
            // KEV lab kinds: the simulators decide by the same rules (lab.device.KevFirmware)
            case DLINK_CAMERA -> {
                if (dev.blindspot.lab.device.KevFirmware.dlinkGetuserOpen(spec)) {
                    out.add(DLINK_25078);
                }
            }
            case TBK_DVR -> {
                if (dev.blindspot.lab.device.KevFirmware.tbkCookieBypass(spec)) {
                    out.add(TBK_9995);
                }
            }
            default -> { }
        }
        return java.util.Collections.unmodifiableSortedSet(out);
    }

    /** True when {@code spec} is vulnerable to {@code cve}. */
    public static boolean has(DeviceSpec spec, String cve) {
        return of(spec).contains(cve);
    }

    private static boolean hikvision7921(String model, String firmware) {
        Optional<long[]> v = hikVersion(firmware);
        if (v.isEmpty()) {
            return false;
        }
        for (HikRange r : HIKVISION) {
            if (r.model().matcher(model).matches()) {
                return compare(v.get(), hikVersion(r.from()).orElseThrow()) >= 0
                        && compare(v.get(), hikVersion(r.through()).orElseThrow()) <= 0;
            }
        }
        return false;
    }

    /** {@code V5.4.0 build 160530} as (5, 4, 0, 160530). */
    static Optional<long[]> hikVersion(String firmware) {
        Matcher m = HIK_VERSION.matcher(firmware.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)), Long.parseLong(m.group(4))});
    }

    /** The build date of a Dahua firmware string ({@code 2.800.0000016.0.R,build:2020-06-05}). */
    static Optional<LocalDate> buildDate(String firmware) {
        Matcher m = BUILD_DATE.matcher(firmware);
        try {
            return m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean reolinkAtMost(String firmware, int[] last) {
        Matcher m = REOLINK_VERSION.matcher(firmware.strip());
        if (!m.matches()) {
            return false;
        }
        long[] v = {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4))};
        return compare(v, new long[] {last[0], last[1], last[2], last[3]}) <= 0;
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
