package dev.blindspot.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * Weaknesses a lab device can carry that no check judges yet. The answer key lists them under {@code exposures}
 * (by the id the future check is meant to have) so that check can be scored the day it exists; until then they are
 * never counted as misses.
 */
public enum Exposure {
    /**
     * Live view without logging in. Where the simulator serves it (Hikvision, Dahua, Axis kinds) it is also planted
     * under {@code failing} as {@code snapshot-unauthenticated} ({@link Weakness#SNAPSHOT_UNAUTHENTICATED}).
     */
    ANONYMOUS_VIEWER("anonymous-viewer"),
    /** UPnP on. */
    UPNP("upnp-enabled"),
    /** Vendor P2P cloud relay on. */
    P2P_CLOUD("p2p-cloud-enabled"),
    /** Dynamic DNS registration on. */
    DDNS("ddns-enabled"),
    /** The password is used by other devices of the fleet too. */
    SHARED_PASSWORD("shared-credentials");

    private final String id;

    Exposure(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The lab's truth for one device, in enum order; derived from the spec only. */
    public static List<Exposure> of(DeviceSpec spec) {
        List<Exposure> found = new ArrayList<>();
        Features f = spec.features();
        if (f.anonymousViewer()) {
            found.add(ANONYMOUS_VIEWER);
        }
        if (f.upnp()) {
            found.add(UPNP);
        }
        if (f.p2pCloud()) {
            found.add(P2P_CLOUD);
        }
        if (f.ddns()) {
            found.add(DDNS);
        }
        if (spec.passwordKind() == PasswordKind.SHARED) {
            found.add(SHARED_PASSWORD);
        }
        return List.copyOf(found);
    }
}
