package dev.blindspot.protocol.onvif;

/**
 * One ONVIF SOAP operation: its element name, WSDL namespace and optional child elements of the request
 * element (trusted XML written in code, never device input). New operations are one-liners, e.g.
 * {@code device("GetUsers")}, {@code device("GetCapabilities", "<Category>All</Category>")},
 * {@code media("GetProfiles")}.
 */
public record OnvifOperation(String name, String namespace, String requestChildren) {

    public static final String DEVICE_NS = "http://www.onvif.org/ver10/device/wsdl";
    public static final String MEDIA_NS = "http://www.onvif.org/ver10/media/wsdl";

    public static final OnvifOperation GET_SYSTEM_DATE_AND_TIME = device("GetSystemDateAndTime");
    public static final OnvifOperation GET_DEVICE_INFORMATION = device("GetDeviceInformation");
    /** PRE_AUTH; asks only for the media service (its XAddr) and the device service. */
    public static final OnvifOperation GET_CAPABILITIES = device("GetCapabilities", "<Category>Media</Category>");
    /** Read-only list of accounts (should need authentication; some firmware even returns passwords). */
    public static final OnvifOperation GET_USERS = device("GetUsers");
    /** Read-only media profiles of the media service. */
    public static final OnvifOperation GET_PROFILES = media("GetProfiles");

    static final String SCHEMA_NS = "http://www.onvif.org/ver10/schema";

    public OnvifOperation {
        if (!name.matches("[A-Za-z][A-Za-z0-9]{0,63}") || !namespace.matches("https?://[!-~&&[^\"<>&]]+")) {
            throw new IllegalArgumentException("bad operation " + name + " in " + namespace);
        }
    }

    public static OnvifOperation device(String name) {
        return new OnvifOperation(name, DEVICE_NS, "");
    }

    public static OnvifOperation device(String name, String requestChildren) {
        return new OnvifOperation(name, DEVICE_NS, requestChildren);
    }

    public static OnvifOperation media(String name) {
        return new OnvifOperation(name, MEDIA_NS, "");
    }

    /** Read-only RTSP unicast URI of one profile; {@code token} must be a plain name (it goes inside the XML). */
    public static OnvifOperation getStreamUri(String token) {
        if (!OnvifReadings.SAFE_TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("profile token is not a plain name");
        }
        return new OnvifOperation("GetStreamUri", MEDIA_NS, "<StreamSetup><Stream xmlns=\"" + SCHEMA_NS
                + "\">RTP-Unicast</Stream><Transport xmlns=\"" + SCHEMA_NS + "\"><Protocol>RTSP</Protocol></Transport>"
                + "</StreamSetup><ProfileToken>" + token + "</ProfileToken>");
    }

    /** The SOAP 1.2 action URI, e.g. {@code http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation}. */
    public String action() {
        return namespace + "/" + name;
    }
}
