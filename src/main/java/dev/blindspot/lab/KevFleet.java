package dev.blindspot.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * The devices of {@link Fleets#kev()}: one entry per device, naming the KEV CVEs whose affected firmware it runs
 * (none: the fixed or unaffected partner). Versions and their sources are in lab/SOURCES.md ("KEV lab").
 */
public final class KevFleet {

    /** One device of the KEV fleet and the KEV CVEs it is planted with. */
    public record Entry(DeviceSpec spec, List<String> cves) {
        public Entry {
            cves = List.copyOf(cves);
        }
    }

    private KevFleet() {}

    private static final DeviceSpec HIK = DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA).withModel("DS-2CD2026G2-IU/SL");
    private static final DeviceSpec DAHUA = DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA);
    private static final DeviceSpec AMCREST = DAHUA.withVendor("Amcrest").withModel("IP2M-841");
    private static final DeviceSpec REOLINK = DeviceSpec.defaults(DeviceKind.REOLINK_CAMERA).withModel("RLC-410W");
    private static final DeviceSpec GEOVISION = DeviceSpec.defaults(DeviceKind.GEOVISION_DEVICE);
    private static final DeviceSpec TBK = DeviceSpec.defaults(DeviceKind.TBK_DVR);
    private static final DeviceSpec NUUO = DeviceSpec.defaults(DeviceKind.NUUO_NVR);
    private static final DeviceSpec DCS = DeviceSpec.defaults(DeviceKind.DLINK_CAMERA);
    private static final DeviceSpec EDIMAX = DeviceSpec.defaults(DeviceKind.EDIMAX_CAMERA);
    private static final DeviceSpec PTZ = DeviceSpec.defaults(DeviceKind.PTZOPTICS_CAMERA);
    private static final DeviceSpec QNAP = DeviceSpec.defaults(DeviceKind.QNAP_VIOSTOR);

    /** Vulnerable device first, then its fixed or unaffected partner, CVE by CVE (KEV file order by vendor). */
    public static final List<Entry> ENTRIES = List.of(
            new Entry(HIK.withFirmware("V5.5.0 build 190101"), List.of("CVE-2021-36260")),
            new Entry(HIK.withFirmware("V5.5.800 build 210628"), List.of()),
            new Entry(DAHUA, List.of("CVE-2021-33044", "CVE-2021-33045")),
            new Entry(DAHUA.withFirmware("2.820.0000000.18.R,build:2021-07-05"), List.of()),
            new Entry(AMCREST.withFirmware("V2.420.AC00.16.R,build:2016-09-09"), List.of("CVE-2020-5735")),
            new Entry(AMCREST.withFirmware("V2.420.AC00.18.R,build:2020-02-17"), List.of()),
            new Entry(REOLINK.withFirmware("v1.0.227"), List.of("CVE-2019-11001")),
            new Entry(REOLINK.withFirmware("v3.0.0.136_20121102"), List.of("CVE-2021-40407")),
            new Entry(REOLINK.withFirmware("v3.0.0.148_21100909"), List.of()),
            new Entry(GEOVISION, List.of("CVE-2024-11120")),
            new Entry(GEOVISION.withModel("GV-VS04H"), List.of("CVE-2024-6047")),
            new Entry(GEOVISION.withModel("GV-EBD4711").withFirmware("V1.07").toBuilder()
                    .deviceClass(dev.blindspot.inventory.DeviceClass.CAMERA).build(), List.of()),
            new Entry(DeviceSpec.defaults(DeviceKind.TVT_NVMS1000), List.of("CVE-2019-20085")),
            new Entry(TBK.withFirmware("V4.0.2"), List.of()),
            new Entry(TBK, List.of()),
            new Entry(NUUO.withModel("NVRmini").withFirmware("02.00.0000.0012"), List.of("CVE-2018-14933")),
            new Entry(NUUO, List.of("CVE-2022-23227")),
            new Entry(DCS.withModel("DCS-930L").withFirmware("2.01"), List.of("CVE-2016-11021")),
            new Entry(DCS.withModel("DCS-930L").withFirmware("2.12"), List.of()),
            new Entry(DCS, List.of("CVE-2020-25078", "CVE-2020-25079")),
            new Entry(DCS.withFirmware("1.06.01"), List.of()),
            new Entry(DeviceSpec.defaults(DeviceKind.DLINK_NVR), List.of("CVE-2022-40799")),
            new Entry(EDIMAX, List.of("CVE-2025-1316")),
            new Entry(EDIMAX.withModel("IC-3116W"), List.of()),
            new Entry(PTZ, List.of("CVE-2024-8956", "CVE-2024-8957")),
            new Entry(PTZ.withFirmware("6.3.40"), List.of()),
            new Entry(QNAP, List.of("CVE-2023-47565")),
            new Entry(QNAP.withFirmware("5.0.0"), List.of()));

    /** The specs in order, each with a password of its own. */
    public static List<DeviceSpec> specs() {
        List<DeviceSpec> out = new ArrayList<>(ENTRIES.size());
        for (int i = 0; i < ENTRIES.size(); i++) {
            out.add(ENTRIES.get(i).spec().withPassword(password(i)));
        }
        return List.copyOf(out);
    }

    /** The password of the {@code index}th device (what the operator's credentials file gives the scanner). */
    public static String password(int index) {
        return "Kev" + (1000 + index) + "#Lab!q";
    }
}
