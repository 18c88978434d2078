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
    /** ZoneMinder's API version; answers only with authentication off, a CakePHP 401 JSON otherwise. */
    ZONEMINDER_VERSION("zoneminder.version", "GET", "/zm/api/host/getVersion.json", ""),
    /** Frigate's version as bare text, on the port that serves the Frigate UI. */
    FRIGATE_VERSION("frigate.version", "GET", "/api/version", "");

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
