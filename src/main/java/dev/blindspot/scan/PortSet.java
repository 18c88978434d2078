package dev.blindspot.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ports a scan connects to, each with its expected service. The default set covers the ports
 * cameras, recorders and VMS servers listen on, and a few that tell ordinary hosts apart (SSH, Windows file
 * sharing and remote desktop, printing) for segmentation checks. {@code --ports} accepts {@code 80,554,8000-8010,20554/rtsp}:
 * a port without {@code /service} takes its default service, or {@code unknown}.
 */
public record PortSet(List<PortSpec> ports) {

    private static final Map<Integer, String> DEFAULT_SERVICES = defaults();

    public PortSet {
        ports = List.copyOf(ports);
    }

    private static Map<Integer, String> defaults() {
        Map<Integer, String> m = new LinkedHashMap<>();
        m.put(21, "ftp");
        m.put(23, "telnet");
        m.put(80, "http");
        m.put(81, "http");
        m.put(443, "https");
        m.put(554, "rtsp");
        m.put(5000, "http");
        m.put(8000, "hik-sdk");
        m.put(8080, "http");
        m.put(8443, "https");
        m.put(8554, "rtsp");
        m.put(8899, "http");
        m.put(8971, "https");
        m.put(34567, "dvrip");
        m.put(37777, "dahua-dvrip");
        // --- ordinary hosts, for classification without banners (issue 4, segment; fingerprint/port-hints.yaml) ---
        m.put(22, "ssh");
        m.put(135, "msrpc");
        m.put(139, "netbios-ssn");
        m.put(445, "microsoft-ds");
        m.put(515, "printer");
        m.put(631, "ipp");
        m.put(3389, "ms-wbt-server");
        m.put(9100, "jetdirect");
        // VMS products' own ports (issue 4): Nx Witness, Agent DVR, Synology DSM HTTPS, UniFi Protect
        m.put(7001, "http");
        m.put(8090, "http");
        m.put(5001, "https");
        m.put(7443, "https");
        return java.util.Collections.unmodifiableMap(m);
    }

    public static PortSet cameraDefaults() {
        List<PortSpec> out = new ArrayList<>();
        DEFAULT_SERVICES.forEach((p, s) -> out.add(new PortSpec(p, s)));
        return new PortSet(out);
    }

    public static String defaultService(int port) {
        return DEFAULT_SERVICES.getOrDefault(port, "unknown");
    }

    /** Parses a {@code --ports} list; throws IllegalArgumentException naming the bad item. */
    public static PortSet parse(String list) {
        Map<Integer, PortSpec> out = new LinkedHashMap<>();
        for (String raw : list.split(",")) {
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            String service = null;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                service = item.substring(slash + 1).trim().toLowerCase(java.util.Locale.ROOT);
                item = item.substring(0, slash).trim();
            }
            try {
                int dash = item.indexOf('-');
                int lo = Integer.parseInt(dash < 0 ? item : item.substring(0, dash).trim());
                int hi = dash < 0 ? lo : Integer.parseInt(item.substring(dash + 1).trim());
                if (hi < lo || hi - lo > 65_535) {
                    throw new IllegalArgumentException("port range '" + raw.trim() + "' is empty or reversed");
                }
                for (int p = lo; p <= hi; p++) {
                    out.put(p, new PortSpec(p, service != null ? service : defaultService(p)));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + raw.trim() + "' is not a port, range or port/service");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no ports given");
        }
        return new PortSet(new ArrayList<>(out.values()));
    }

    @Override
    public String toString() {
        return String.join(",", ports.stream().map(p -> p.port() + "/" + p.service()).toList());
    }
}
