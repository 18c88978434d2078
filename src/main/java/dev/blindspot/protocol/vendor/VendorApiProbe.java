package dev.blindspot.protocol.vendor;

import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.VendorApiObservation;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.Outcomes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Asks vendor APIs that answer without login (read-only, no credentials) for what a device is. Which APIs are
 * asked is decided from the port's first-pass {@code GET /} answer (and, for VMS products whose start page names
 * nothing, from the port: see {@link #candidates(int, HttpReply)}), so a port gets at most one request per API
 * (five in all), and none when {@code GET /} did not answer HTTP:
 * <ul>
 *   <li>Axis basicdeviceinfo when the title, Server header or realm says AXIS, or the server is Apache (Axis
 *       firmware serves Apache without a version; the title is sometimes a bare redirect page);</li>
 *   <li>ZoneMinder getVersion when {@code GET /} is a web server's default page, a ZoneMinder page, or any
 *       nginx/Apache page (ZoneMinder lives under {@code /zm/} behind them) and the title is not Frigate's;</li>
 *   <li>Frigate version and stats when the title is Frigate's (the API shares the UI's port; stats answer only
 *       where the API needs no login, for the frigate-unauthenticated-api check);</li>
 *   <li>D-Link {@code /common/info.cgi} when the Basic realm is a DCS/DNR model, NUUO {@code getcurrentinfo} when
 *       the title is NUUO's login page, QNAP {@code authLogin.cgi} when the title is VioStor's or QNAP's.</li>
 * </ul>
 * After a basicdeviceinfo answer naming the brand AXIS, Axis systemready (whether the unit still needs setup).
 */
public final class VendorApiProbe {

    private static final Pattern DEFAULT_PAGE = Pattern.compile(
            "(?i)^(Welcome to nginx!?|Apache2? .*Default Page.*|It works!?|Test Page for .*|ZM - .*)$");

    private static final Pattern NUUO_TITLE = Pattern.compile("^(NUUO )?Network Video Recorder Login$");

    private final BoundedHttpClient client;

    public VendorApiProbe(BoundedHttpClient client) {
        this.client = client;
    }

    /** The APIs worth asking on a port whose {@code GET /} answered {@code first}, in the order they are sent. */
    public static List<VendorApi> candidates(HttpReply first) {
        String title = first.title().orElse("").strip();
        String server = first.server().orElse("").toLowerCase(Locale.ROOT);
        String realms = String.join(" ", first.headers().all("WWW-Authenticate"));
        boolean frigate = title.equalsIgnoreCase("Frigate");
        List<VendorApi> out = new ArrayList<>();
        if (title.toUpperCase(Locale.ROOT).startsWith("AXIS") || server.contains("axis") || server.startsWith("apache")
                || realms.contains("AXIS")) {
            out.add(VendorApi.AXIS_BASICDEVICEINFO);
        }
        if (!frigate && (DEFAULT_PAGE.matcher(title).matches() || server.startsWith("nginx")
                || server.startsWith("apache"))) {
            out.add(VendorApi.ZONEMINDER_VERSION);
        }
        if (frigate) {
            out.add(VendorApi.FRIGATE_VERSION);
            out.add(VendorApi.FRIGATE_STATS);
        }
        // KEV camera/NVR vendors (kevlab): D-Link's realm is the model, NUUO's and QNAP VioStor's login page titles
        if (realms.contains("realm=\"DCS-") || realms.contains("realm=\"DNR-")) {
            out.add(VendorApi.DLINK_INFO);
        }
        if (NUUO_TITLE.matcher(title).matches()) {
            out.add(VendorApi.NUUO_CURRENTINFO);
        }
        if (title.startsWith("VioStor") || title.startsWith("QNAP")) {
            out.add(VendorApi.QNAP_AUTHLOGIN);
        }
        return out;
    }

    /**
     * The APIs worth asking on {@code port}: those {@code first} hints at, then the VMS product whose default port it
     * is, asked whatever {@code GET /} showed (their start pages name nothing reliable): Agent DVR on 8090, Nx
     * Witness on 7001, Synology's API directory on 5000/5001 (not when the page is Frigate's, which shares 5000).
     */
    public static List<VendorApi> candidates(int port, HttpReply first) {
        List<VendorApi> out = new ArrayList<>(candidates(first));
        switch (port) {
            case 8090 -> out.add(VendorApi.AGENTDVR_STATUS);
            case 7001 -> out.add(VendorApi.NX_MODULEINFO);
            case 5000, 5001 -> {
                if (!out.contains(VendorApi.FRIGATE_VERSION)) {
                    out.add(VendorApi.SYNOLOGY_APIINFO);
                }
            }
            default -> { }
        }
        return out;
    }

    /** Asks every candidate API of {@code port} and {@code first}, each on its own connection within the client's limits. */
    public List<VendorApiObservation> probe(String address, int port, boolean tls, HttpReply first) {
        List<VendorApiObservation> out = new ArrayList<>(
                candidates(port, first).stream().map(api -> call(address, port, tls, api)).toList());
        // Axis only: whether the unit was ever set up (one more request, where basicdeviceinfo said AXIS)
        if (out.stream().anyMatch(VendorApiProbe::namesAxis)) {
            out.add(call(address, port, tls, VendorApi.AXIS_SYSTEMREADY));
        }
        return List.copyOf(out);
    }

    private static boolean namesAxis(VendorApiObservation o) {
        return o.api().equals(VendorApi.AXIS_BASICDEVICEINFO.wireName()) && o.outcome().answer()
                .map(r -> r.fields().getOrDefault("Brand", "").equalsIgnoreCase("AXIS")).orElse(false);
    }

    /** One API request, sent without credentials. */
    public VendorApiObservation call(String address, int port, boolean tls, VendorApi api) {
        return new VendorApiObservation(address, port, api.wireName(), Outcomes.flatMap(
                client.exchangeRaw(api.request(address, port, tls)),
                raw -> VendorApiParser.parse(api, raw.reply().status(), raw.body())));
    }
}
