package dev.blindspot.lab;

/**
 * Convenience features a device has switched on. Each is a weakness some future check will judge; until a check
 * exists the answer key lists it under {@code exposures} (see {@link Exposure#of(DeviceSpec)}), not under
 * {@code failing}.
 *
 * @param anonymousViewer live view without logging in (Axis "anonymous viewer login", Hikvision "anonymous visit")
 * @param upnp            UPnP on: the device announces itself and may open router ports
 * @param p2pCloud        the vendor's P2P cloud relay (Hik-Connect/EZVIZ, Dahua/Amcrest P2P, Reolink UID) is on
 * @param ddns            the device registers a dynamic DNS name
 */
public record Features(boolean anonymousViewer, boolean upnp, boolean p2pCloud, boolean ddns) {

    /** Everything off. */
    public static final Features NONE = new Features(false, false, false, false);

    public Features withAnonymousViewer(boolean on) {
        return new Features(on, upnp, p2pCloud, ddns);
    }

    public Features withUpnp(boolean on) {
        return new Features(anonymousViewer, on, p2pCloud, ddns);
    }

    public Features withP2pCloud(boolean on) {
        return new Features(anonymousViewer, upnp, on, ddns);
    }

    public Features withDdns(boolean on) {
        return new Features(anonymousViewer, upnp, p2pCloud, on);
    }
}
