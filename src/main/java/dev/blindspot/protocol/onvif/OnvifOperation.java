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

    /** The SOAP 1.2 action URI, e.g. {@code http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation}. */
    public String action() {
        return namespace + "/" + name;
    }
}
