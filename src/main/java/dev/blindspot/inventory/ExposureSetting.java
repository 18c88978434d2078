package dev.blindspot.inventory;

/**
 * A device-side switch that makes a camera, recorder or VMS reachable from outside its network, as the exposure
 * checks judge it (one check per constant).
 */
public enum ExposureSetting {
    /** The vendor's P2P cloud relay: Hikvision Hik-Connect/EZVIZ, Dahua/Amcrest P2P (T2U), Reolink UID, XMEye cloud. */
    P2P_CLOUD("device-p2p-cloud-enabled"),
    /** Dynamic DNS registration (HiDDNS/No-IP/DynDNS, Dahua DDNS, Reolink DDNS). */
    DDNS("device-ddns-enabled"),
    /** UPnP on the device itself: discovery and, above all, automatic port mappings on the router (NAT traversal). */
    UPNP("device-upnp-enabled");

    private final String checkId;

    ExposureSetting(String checkId) {
        this.checkId = checkId;
    }

    /** The id of the check that judges this setting. */
    public String checkId() {
        return checkId;
    }
}
