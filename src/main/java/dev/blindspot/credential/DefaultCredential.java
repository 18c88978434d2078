package dev.blindspot.credential;

import dev.blindspot.inventory.Secret;
import java.util.Set;

/**
 * One known factory-default pair.
 *
 * @param vendor    canonical vendor name ({@code Generic} for vendor-independent pairs)
 * @param protocols where the pair applies: {@code http}, {@code rtsp}, {@code onvif}
 * @param source    id of the declared source the fact comes from
 */
public record DefaultCredential(String vendor, Set<String> protocols, String username, Secret password,
                                String source) {

    public DefaultCredential {
        protocols = Set.copyOf(protocols);
    }

    public boolean appliesTo(String protocol) {
        return protocols.contains(protocol);
    }

    /** The {@code source} text of a login observation made with this pair, e.g. {@code default:Hikvision}. */
    public String observationSource() {
        return "default:" + vendor;
    }

    boolean samePair(DefaultCredential other) {
        return username.equals(other.username) && password.reveal().equals(other.password.reveal());
    }
}
