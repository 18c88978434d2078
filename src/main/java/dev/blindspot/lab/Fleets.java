package dev.blindspot.lab;

import java.util.ArrayList;
import java.util.List;

/** Ready-made device mixes. */
public final class Fleets {

    private Fleets() {}

    /**
     * The demo site: 18 devices of 16 kinds as a small business might run them. Planted: factory passwords on a
     * Hikvision camera, an Axis camera (root/pass), a Uniview and a Foscam; the open gSOAP/LIVE555 camera (RTSP and
     * ONVIF without authentication); the 2014 Dahua (Basic over HTTP, Telnet, admin/admin); a Xiongmai DVR with
     * Telnet. Everything else runs with strong passwords: Hikvision NVR, hardened Axis, Amcrest (Dahua OEM),
     * Reolink, Hanwha, a Frigate server, a Blue Iris server, and the site's router, workstation and printer.
     * ZoneMinder and motionEye are left out until the scanner can identify ZoneMinder and log in to form-based
     * VMS logins (their lab devices exist; see lab/SOURCES.md).
     */
    public static List<DeviceSpec> demo() {
        DeviceSpec hikvision = DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA);
        DeviceSpec axis = DeviceSpec.defaults(DeviceKind.HARDENED_CAMERA);
        return List.of(
                hikvision,
                hikvision.withModel("DS-2CD2386G2-IU").withFirmware("V5.7.18 build 240826")
                        .withPassword("Hk4#Rm9!wQ2zT"),
                DeviceSpec.defaults(DeviceKind.HIKVISION_NVR),
                DeviceSpec.defaults(DeviceKind.GENERIC_ONVIF_CAMERA),
                axis,
                DeviceSpec.defaults(DeviceKind.AXIS_CAMERA).withModel("P1448-LE").withFirmware("10.12.228"),
                DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA),
                DeviceSpec.defaults(DeviceKind.DAHUA_CAMERA).withVendor("Amcrest"),
                DeviceSpec.defaults(DeviceKind.REOLINK_CAMERA).withPassword("Rl5!kN8#vQ3m"),
                DeviceSpec.defaults(DeviceKind.UNIVIEW_CAMERA),
                DeviceSpec.defaults(DeviceKind.HANWHA_CAMERA).withPassword("Hw2#tP7!zL4q"),
                DeviceSpec.defaults(DeviceKind.FOSCAM_CAMERA),
                DeviceSpec.defaults(DeviceKind.XIONGMAI_DVR).withTelnet(true),
                DeviceSpec.defaults(DeviceKind.FRIGATE),
                DeviceSpec.defaults(DeviceKind.BLUE_IRIS),
                DeviceSpec.defaults(DeviceKind.UPNP_ROUTER),
                DeviceSpec.defaults(DeviceKind.WORKSTATION),
                DeviceSpec.defaults(DeviceKind.PRINTER));
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
     * One device of each hostile kind (slowloris, endless body, huge header, XML bomb, gzip bomb, RTSP garbage,
     * injection), for testing the scanner's limits; only the injection device carries weaknesses.
     */
    public static List<DeviceSpec> hostile() {
        return List.of(DeviceKind.HOSTILE_SLOWLORIS, DeviceKind.HOSTILE_ENDLESS_BODY, DeviceKind.HOSTILE_HUGE_HEADER,
                        DeviceKind.HOSTILE_XML_BOMB, DeviceKind.HOSTILE_GZIP_BOMB, DeviceKind.HOSTILE_RTSP_GARBAGE,
                        DeviceKind.HOSTILE_INJECTION)
                .stream().map(DeviceSpec::defaults).toList();
    }

    /**
     * {@code count} devices in a realistic mix (mostly fine; some on factory passwords, with open RTSP or ONVIF, old
     * firmware, P2P cloud, UPnP, Telnet; see {@code RealisticMix}), shuffled and with passwords derived from
     * {@code seed}: the same arguments give the same fleet.
     */
    public static List<DeviceSpec> realistic(int count, long seed) {
        return RealisticMix.fleet(count, seed);
    }

    /**
     * The KEV lab (issue 6): for every camera/NVR CVE of the CISA KEV catalogue (2025.08.25) a device whose firmware
     * is affected and one that is not (fixed firmware, or an unaffected model where no fix exists), in the order of
     * {@link KevFleet#ENTRIES}. Every device has a password of its own (no shared or factory passwords), so a scan
     * reads firmware that needs a login only with the operator's credentials ({@code --credentials}).
     */
    public static List<DeviceSpec> kev() {
        return KevFleet.specs();
    }
}
