package dev.blindspot.protocol.vendor;

import dev.blindspot.inventory.Header;
import dev.blindspot.protocol.http.HttpRequestSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The vendor APIs Blindspot asks without login; each is one read-only request. */
public enum VendorApi {

    /** Axis VAPIX basic device info, the method Axis leaves open without login (brand, model, firmware, serial). */
    AXIS_BASICDEVICEINFO("axis.basicdeviceinfo", "POST", "/axis-cgi/basicdeviceinfo.cgi",
            "{\"apiVersion\":\"1.0\",\"method\":\"getAllUnrestrictedProperties\"}"),
    /**
     * Axis VAPIX Systemready: "find out, without authentication, if the Axis device is ready" (developer.axis.com
     * systemready-api), including {@code needsetup}: yes while no administrator account exists. Asked only after
     * basicdeviceinfo named the brand AXIS.
     */
    AXIS_SYSTEMREADY("axis.systemready", "POST", "/axis-cgi/systemready.cgi",
            "{\"apiVersion\":\"1.0\",\"method\":\"systemready\"}"),
    /** ZoneMinder's API version; answers only with authentication off, a CakePHP 401 JSON otherwise. */
    ZONEMINDER_VERSION("zoneminder.version", "GET", "/zm/api/host/getVersion.json", ""),
    /** Frigate's version as bare text, on the port that serves the Frigate UI. */
    FRIGATE_VERSION("frigate.version", "GET", "/api/version", ""),
    /**
     * Frigate's runtime statistics (read-only): answered without login only on the unauthenticated internal port
     * (5000) or with {@code auth.enabled} off; only the service version and the camera count are kept.
     */
    FRIGATE_STATS("frigate.stats", "GET", "/api/stats", ""),
    // --- VMS products (issue 4): each answers without login in its default setup
    /** Agent DVR's status (version, device count); open unless the owner set a login (Home Assistant's client). */
    AGENTDVR_STATUS("agentdvr.status", "GET", "/command/getStatus", ""),
    /** Nx Witness (Network Optix) server identity: version, type "Media Server", customization (OEM brand). */
    NX_MODULEINFO("nx.moduleinformation", "GET", "/api/moduleInformation", ""),
    /** Synology DSM's API directory, asked only whether Surveillance Station's API is installed. */
    SYNOLOGY_APIINFO("synology.apiinfo", "GET", "/webapi/query.cgi?api=SYNO.API.Info&version=1&method=query"
            + "&query=SYNO.API.Auth,SYNO.SurveillanceStation.Info", ""),
    // --- KEV camera/NVR vendors (issue 6, kevlab): identity reads the real products answer without login
    /** D-Link DCS/DNR {@code /common/info.cgi}: {@code key=value} lines (model, version, hw_version, name). */
    DLINK_INFO("dlink.info", "GET", "/common/info.cgi", ""),
    /** QNAP QTS/QVR {@code authLogin.cgi} without parameters: the QDocRoot XML with model and firmware version. */
    QNAP_AUTHLOGIN("qnap.authlogin", "GET", "/cgi-bin/authLogin.cgi", ""),
    /** NUUO NVR {@code upgrade_handle.php?cmd=getcurrentinfo}: XML whose {@code Titan} element is the firmware. */
    NUUO_CURRENTINFO("nuuo.currentinfo", "GET", "/upgrade_handle.php?cmd=getcurrentinfo", "");

    private final String wireName;
    private final String method;
    private final String path;
    private final String body;

    VendorApi(String wireName, String method, String path, String body) {
        this.wireName = wireName;
        this.method = method;
        this.path = path;
        this.body = body;
    }

    /** The name observations and evidence use, e.g. {@code axis.basicdeviceinfo}. */
    public String wireName() {
        return wireName;
    }

    public String path() {
        return path;
    }

    HttpRequestSpec request(String address, int port, boolean tls) {
        if (method.equals("POST")) {
            return HttpRequestSpec.post(address, port, tls, path, List.of(new Header("Content-Type", "application/json")),
                    body.getBytes(StandardCharsets.US_ASCII));
        }
        return HttpRequestSpec.get(address, port, tls, path);
    }
}
