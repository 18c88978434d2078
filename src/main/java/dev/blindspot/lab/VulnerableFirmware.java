package dev.blindspot.lab;

import java.util.List;
import java.util.Map;

/**
 * The lab's truth for {@code firmware-known-vulnerability}: model and firmware pairs the lab's devices run that a
 * published advisory puts inside an affected range. Written from the advisories, not from the scanner's matcher.
 */
final class VulnerableFirmware {

    /** "model|firmware" → the CVEs that cover it, with where the range is stated. */
    private static final Map<String, List<String>> KNOWN = Map.ofEntries(
            // ICSA-17-124-01: DS-2CD2xx2F-I Series V5.2.0 build 140721 to V5.4.0 build 160530
            Map.entry("DS-2CD2532F-IWS|V5.2.0 build 140721", List.of("CVE-2017-7921", "CVE-2017-7923")),
            Map.entry("DS-2CD2532F-IWS|V5.4.0 build 160530", List.of("CVE-2017-7921", "CVE-2017-7923")),
            // ICSA-17-124-02: DH-IPC-HFW4XXX; firmware built before Dahua's bulletin of 2017-03-06
            Map.entry("IPC-HFW4300S-V2|2.420.0000.0.R,build:2014-05-24", List.of("CVE-2017-7925")),
            // NVD: IPC-HX5XXX firmware before 2.820.0000000.5.R.210705 / .18.R.210705 (build 2021-07-05); CISA KEV
            Map.entry("IPC-HDW5831R-ZE|2.800.0000016.0.R,build:2020-06-05", List.of("CVE-2021-33044", "CVE-2021-33045")),
            // CVE-2021-45039: Uniview IPC32 line, firmware before the December 2021 notice (this build is of 2018)
            Map.entry("IPC322LR3-VSPF28-D|IPC_G6103-B0006P01D1805", List.of("CVE-2021-45039")),
            // NVD CVE-2018-9995: TBK DVR4104/DVR4216 firmware with no version range (every version); the KEV lab's
            // "fixed" TBK (V4.0.2) only lost the cookie bypass in the lab's model, the NVD record still covers it
            Map.entry("TBK-DVR4104|V3.2.4", List.of("CVE-2018-9995")),
            Map.entry("TBK-DVR4104|V4.0.2", List.of("CVE-2018-9995")),
            // NVD CVE-2019-10999: DCS-930L firmware through 2.16.01 (alphapd overflow), so the KEV lab's 2.12 partner
            // of CVE-2016-11021 is still affected by this one
            Map.entry("DCS-930L|2.01", List.of("CVE-2019-10999")),
            Map.entry("DCS-930L|2.12", List.of("CVE-2019-10999")),
            // GHSA-9cmr-7437-v9fj: ZoneMinder SQL injection fixed in 1.36.34
            Map.entry("ZoneMinder|1.36.33", List.of("CVE-2024-43360")),
            // NVD: motionEye through 0.42.1 (CVE-2022-25568), 0.42.1 and 0.43.1 (CVE-2025-60787)
            Map.entry("motionEye|0.42.1", List.of("CVE-2022-25568", "CVE-2025-60787")));

    private VulnerableFirmware() {
    }

    /**
     * The CVEs the spec's model and firmware fall under; empty when none is known. Besides the table above, the KEV
     * lab's affected devices ({@link KevFleet#ENTRIES}: each chosen from its advisory, see lab/SOURCES.md).
     */
    static List<String> cves(DeviceSpec spec) {
        java.util.Set<String> out = new java.util.TreeSet<>(KNOWN.getOrDefault(spec.model() + "|" + spec.firmware(), List.of()));
        for (KevFleet.Entry e : KevFleet.ENTRIES) {
            if (e.spec().kind() == spec.kind() && e.spec().model().equals(spec.model())
                    && e.spec().firmware().equals(spec.firmware())) {
                out.addAll(e.cves());
            }
        }
        return List.copyOf(out);
    }
}
