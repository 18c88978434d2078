package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceSpec;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which KEV lab firmware still has the flaw a public read-only check looks for, from the version ranges of the
 * records cited in lab/SOURCES.md ("KEV lab"). Versions compare by their numbers in order ({@code V3.2.4},
 * {@code 1.05.05}, {@code 6.3.34}); anything else in the string is ignored.
 */
public final class KevFirmware {

    /** CVE-2020-25078 (NVD): DCS-2530L through 1.05.05, DCS-2670L through 2.02; other models never answered. */
    private static final Map<String, String> DLINK_GETUSER_LAST_VULNERABLE = Map.of(
            "DCS-2530L", "1.05.05", "DCS-2670L", "2.02");
    /** CVE-2024-8956 (NVD): PT30X-SDI/NDI before 6.3.40. */
    private static final String PTZOPTICS_FIXED = "6.3.40";
    /** CVE-2018-9995: the cookie bypass is modelled as gone from firmware 4.0 on (no fixed version is published). */
    private static final String TBK_FIXED = "4.0";

    private KevFirmware() {}

    /** CVE-2020-25078: {@code /config/getuser} answers without login on this model and firmware. */
    public static boolean dlinkGetuserOpen(DeviceSpec spec) {
        return Optional.ofNullable(DLINK_GETUSER_LAST_VULNERABLE.get(spec.model().toUpperCase(Locale.ROOT)))
                .map(last -> compare(spec.firmware(), last) <= 0).orElse(false);
    }

    static boolean ptzopticsParamOpen(DeviceSpec spec) {
        return compare(spec.firmware(), PTZOPTICS_FIXED) < 0;
    }

    /** CVE-2018-9995: {@code device.rsp} honours {@code Cookie: uid=admin} on this firmware. */
    public static boolean tbkCookieBypass(DeviceSpec spec) {
        return compare(spec.firmware(), TBK_FIXED) < 0;
    }

    /** Numeric comparison of the digit groups of two version strings (missing groups count as 0). */
    static int compare(String a, String b) {
        String[] x = a.replaceAll("^[^0-9]+", "").split("[^0-9]+");
        String[] y = b.replaceAll("^[^0-9]+", "").split("[^0-9]+");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length && !x[i].isEmpty() ? Long.parseLong(x[i].substring(0, Math.min(x[i].length(), 18))) : 0;
            long q = i < y.length && !y[i].isEmpty() ? Long.parseLong(y[i].substring(0, Math.min(y[i].length(), 18))) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }
}
