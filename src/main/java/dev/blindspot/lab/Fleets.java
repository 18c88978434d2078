package dev.blindspot.lab;

import java.util.ArrayList;
import java.util.List;

/** Ready-made device mixes. */
public final class Fleets {

    private Fleets() {}

    /**
     * One of each kind and a little variety: a Hikvision with its factory password and one with a strong password
     * on current firmware, the open gSOAP/LIVE555 camera, two hardened Axis units and the old Dahua.
     */
    public static List<DeviceSpec> demo() {
        DeviceSpec hikvision = DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA);
        DeviceSpec axis = DeviceSpec.defaults(DeviceKind.HARDENED_CAMERA);
        return List.of(
                hikvision,
                hikvision.withModel("DS-2CD2386G2-IU").withFirmware("V5.7.18 build 240826")
                        .withPassword("Hk4#Rm9!wQ2zT"),
                DeviceSpec.defaults(DeviceKind.GENERIC_ONVIF_CAMERA),
                axis,
                axis.withModel("P1448-LE").withFirmware("10.12.228").withPassword("Ax7@Lp3$eV9kW"),
                DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA));
    }

    /**
     * {@code count} devices cycling through {@link #demo()}; devices that do not run a factory password get one
     * of their own.
     */
    public static List<DeviceSpec> repeated(int count) {
        List<DeviceSpec> mix = demo();
        List<DeviceSpec> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DeviceSpec spec = mix.get(i % mix.size());
            out.add(Weakness.hasVendorDefaultPassword(spec) ? spec : spec.withPassword(spec.password() + i));
        }
        return List.copyOf(out);
    }

    /**
     * {@code count} devices in a realistic mix (mostly fine; some on factory passwords, with open RTSP or ONVIF, old
     * firmware, P2P cloud, UPnP, Telnet; see {@code RealisticMix}), shuffled and with passwords derived from
     * {@code seed}: the same arguments give the same fleet.
     */
    public static List<DeviceSpec> realistic(int count, long seed) {
        return RealisticMix.fleet(count, seed);
    }
}
