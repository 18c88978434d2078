package dev.blindspot.lab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The share of each kind of device in a realistic site: most devices fine, some on factory passwords, open RTSP or
 * ONVIF, old firmware, cloud P2P, UPnP, Telnet. One row per variant; a new device kind is one more row.
 */
final class RealisticMix {

    /** One variant and its share (weights need not sum to 100). */
    record Row(int weight, String label, DeviceSpec template, PasswordChoice password) {}

    private static final PasswordChoice STRONG = new PasswordChoice.Strong();
    private static final PasswordChoice FACTORY = new PasswordChoice.VendorDefault();
    private static final PasswordChoice SITE = new PasswordChoice.Shared("site");

    private RealisticMix() {}

    static List<Row> rows() {
        DeviceSpec hik = DeviceSpec.defaults(DeviceKind.HIKVISION_CAMERA);
        DeviceSpec hikNew = hik.withModel("DS-2CD2386G2-IU").withFirmware("V5.7.18 build 240826");
        DeviceSpec hikMid = hik.withModel("DS-2CD2143G0-I").withFirmware("V5.5.0 build 170725");
        DeviceSpec axis = DeviceSpec.defaults(DeviceKind.HARDENED_CAMERA);
        DeviceSpec axisNew = axis.withModel("P1448-LE").withFirmware("10.12.228");
        DeviceSpec generic = DeviceSpec.defaults(DeviceKind.GENERIC_ONVIF_CAMERA);
        DeviceSpec dahua = DeviceSpec.defaults(DeviceKind.DAHUA_OLD_CAMERA);
        return List.of(
                new Row(28, "Hikvision, current firmware, own password", hikNew, STRONG),
                new Row(20, "Axis, hardened", axis, STRONG),
                new Row(8, "Axis, current firmware, HTTPS", axisNew.withServices(Services.USUAL
                        .withTls(true, java.util.Optional.empty())), STRONG),
                new Row(8, "Hikvision, installer's site password on every camera", hikNew, SITE),
                new Row(7, "Hikvision, 2014 firmware, factory password", hik, FACTORY),
                new Row(5, "Hikvision, Hik-Connect P2P on", hikMid.withFeatures(Features.NONE.withP2pCloud(true)),
                        STRONG),
                new Row(5, "white-label, ONVIF and RTSP open", generic, STRONG),
                new Row(3, "white-label, RTSP open, ONVIF strict", generic.withOnvifAuthMode(OnvifAuthMode.STANDARD),
                        STRONG),
                new Row(4, "Dahua, 2014 firmware, factory password, Telnet", dahua, FACTORY),
                new Row(3, "Dahua, 2014 firmware, own password, Telnet", dahua, STRONG),
                new Row(3, "Hikvision, RTSP without authentication", hikMid.withRtspAuth(RtspAuth.NONE), STRONG),
                new Row(3, "Axis, UPnP and anonymous viewer on", axis.withFeatures(Features.NONE.withUpnp(true)
                        .withAnonymousViewer(true)), STRONG),
                new Row(3, "Hikvision, old firmware, DDNS and UPnP on", hik.withFeatures(Features.NONE.withDdns(true)
                        .withUpnp(true)), STRONG),
                // other vendors, recorders and VMS servers, each a small share; then the site's other hosts
                new Row(3, "Hikvision NVR", of(DeviceKind.HIKVISION_NVR), STRONG),
                new Row(3, "Dahua camera, current firmware", of(DeviceKind.DAHUA_CAMERA), STRONG),
                new Row(2, "Amcrest camera (Dahua OEM)", of(DeviceKind.DAHUA_CAMERA).withVendor("Amcrest"), STRONG),
                new Row(1, "Lorex NVR (Dahua OEM)", of(DeviceKind.DAHUA_NVR).withVendor("Lorex"), STRONG),
                new Row(2, "Axis, old firmware, root/pass", of(DeviceKind.AXIS_CAMERA), FACTORY),
                new Row(2, "Reolink camera", of(DeviceKind.REOLINK_CAMERA), STRONG),
                new Row(1, "Reolink NVR", of(DeviceKind.REOLINK_NVR), STRONG),
                new Row(1, "Uniview, factory password", of(DeviceKind.UNIVIEW_CAMERA), FACTORY),
                new Row(1, "Uniview", of(DeviceKind.UNIVIEW_CAMERA), STRONG),
                new Row(2, "Hanwha Wisenet", of(DeviceKind.HANWHA_CAMERA), STRONG),
                new Row(1, "Foscam, factory password", of(DeviceKind.FOSCAM_CAMERA), FACTORY),
                new Row(2, "Xiongmai DVR, Telnet on", of(DeviceKind.XIONGMAI_DVR), STRONG),
                new Row(1, "Frigate", of(DeviceKind.FRIGATE), STRONG),
                new Row(1, "ZoneMinder", of(DeviceKind.ZONEMINDER), STRONG),
                new Row(1, "Shinobi", of(DeviceKind.SHINOBI), STRONG),
                new Row(1, "motionEye", of(DeviceKind.MOTIONEYE), STRONG),
                new Row(1, "Blue Iris", of(DeviceKind.BLUE_IRIS), STRONG),
                new Row(1, "Milestone XProtect Mobile", of(DeviceKind.MILESTONE), STRONG),
                new Row(1, "home router with UPnP IGD", of(DeviceKind.UPNP_ROUTER), STRONG),
                new Row(3, "workstation", of(DeviceKind.WORKSTATION), STRONG),
                new Row(2, "printer", of(DeviceKind.PRINTER), STRONG),
                // a few hostile devices, as a real network has broken or malicious hosts
                new Row(1, "hostile: slowloris", of(DeviceKind.HOSTILE_SLOWLORIS), STRONG),
                new Row(1, "hostile: endless body", of(DeviceKind.HOSTILE_ENDLESS_BODY), STRONG),
                new Row(1, "hostile: 1 MB header", of(DeviceKind.HOSTILE_HUGE_HEADER), STRONG),
                new Row(1, "hostile: XML bomb", of(DeviceKind.HOSTILE_XML_BOMB), STRONG),
                new Row(1, "hostile: gzip bomb", of(DeviceKind.HOSTILE_GZIP_BOMB), STRONG),
                new Row(1, "hostile: garbage on RTSP", of(DeviceKind.HOSTILE_RTSP_GARBAGE), STRONG),
                new Row(1, "hostile: injection in every banner", of(DeviceKind.HOSTILE_INJECTION), STRONG),
                // VMS products (vmsfw)
                new Row(1, "Agent DVR", of(DeviceKind.AGENT_DVR), STRONG),
                new Row(1, "Nx Witness", of(DeviceKind.NX_WITNESS), STRONG),
                new Row(1, "Synology Surveillance Station", of(DeviceKind.SYNOLOGY_SURVEILLANCE), STRONG),
                new Row(1, "UniFi Protect (UNVR)", of(DeviceKind.UNIFI_PROTECT), STRONG),
                // KEV camera/NVR vendors (kevlab): each kind's default is its KEV-affected firmware
                new Row(1, "GeoVision video server (EOL)", of(DeviceKind.GEOVISION_DEVICE), STRONG),
                new Row(1, "TVT NVMS-1000 server", of(DeviceKind.TVT_NVMS1000), STRONG),
                new Row(1, "TBK-style DVR", of(DeviceKind.TBK_DVR), STRONG),
                new Row(1, "NUUO NVRmini2", of(DeviceKind.NUUO_NVR), STRONG),
                new Row(1, "D-Link DCS camera", of(DeviceKind.DLINK_CAMERA), STRONG),
                new Row(1, "D-Link DNR recorder", of(DeviceKind.DLINK_NVR), STRONG),
                new Row(1, "Edimax IC camera (EOL)", of(DeviceKind.EDIMAX_CAMERA), STRONG),
                new Row(1, "PTZOptics PTZ camera", of(DeviceKind.PTZOPTICS_CAMERA), STRONG),
                new Row(1, "QNAP VioStor NVR", of(DeviceKind.QNAP_VIOSTOR), STRONG),
                // exposure (issue 7): cloud, DDNS and UPnP on a device left on its factory password; a VMS published
                // through nginx without auth_basic
                new Row(1, "Hikvision, 2014 firmware, factory password, Hik-Connect, DDNS and UPnP on",
                        hik.withFeatures(Features.NONE.withP2pCloud(true).withDdns(true).withUpnp(true)), FACTORY),
                new Row(1, "Frigate behind nginx without auth_basic", of(DeviceKind.NGINX_REVERSE_PROXY), STRONG));
    }

    private static DeviceSpec of(DeviceKind kind) {
        return DeviceSpec.defaults(kind);
    }

    /**
     * {@code n} devices split by weight (largest remainder, so the shares are exact and small fleets get the
     * commonest variants), in an order shuffled by {@code seed}.
     */
    static List<DeviceSpec> fleet(int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("device count must be >= 0");
        }
        List<Row> rows = rows();
        int[] counts = allocate(rows.stream().mapToInt(Row::weight).toArray(), n);
        List<Row> picks = new ArrayList<>(n);
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i < counts[r]; i++) {
                picks.add(rows.get(r));
            }
        }
        Collections.shuffle(picks, new Random(seed));
        List<DeviceSpec> out = new ArrayList<>(n);
        for (int i = 0; i < picks.size(); i++) {
            Row row = picks.get(i);
            out.add(row.password().apply(row.template(), seed, i));
        }
        return List.copyOf(out);
    }

    /** Largest-remainder apportionment of {@code n} by {@code weights}; ties go to the earlier row. */
    static int[] allocate(int[] weights, int n) {
        long total = 0;
        for (int w : weights) {
            total += w;
        }
        int[] counts = new int[weights.length];
        long[] remainders = new long[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            long share = (long) weights[i] * n;
            counts[i] = (int) (share / total);
            remainders[i] = share % total;
            given += counts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; given < n; k++, given++) {
            counts[order.get(k % order.size())]++;
        }
        return counts;
    }
}
