package dev.blindspot.credential;

import dev.blindspot.inventory.Secret;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One login candidate: a known factory-default pair, an operator-supplied credential or a weak password.
 *
 * @param vendor    canonical vendor name ({@code Generic} for vendor-independent pairs)
 * @param protocols where the pair applies: {@code http}, {@code rtsp}, {@code onvif}, {@code telnet}, {@code ssh},
 *                  {@code dvrip}
 * @param source    id of the declared source the fact comes from ({@code operator} for operator-supplied ones)
 * @param product   regex on the device model the pair is limited to (e.g. a product line); empty: any model
 * @param origin    where the candidate comes from; decides the login observation's {@code source}
 */
public record DefaultCredential(String vendor, Set<String> protocols, String username, Secret password,
                                String source, Optional<Pattern> product, Origin origin) {

    /** Where a candidate comes from. */
    public enum Origin {
        /** the vendor's published default (check default-credentials-accepted) */
        DEFAULT,
        /** given by the operator in {@code --credentials FILE} (an authenticated audit, not a weakness) */
        OPERATOR,
        /** one of the few weak passwords of {@code --weak-passwords} (check weak-password-accepted) */
        WEAK
    }

    public DefaultCredential {
        protocols = Set.copyOf(protocols);
    }

    /** A vendor default for any model. */
    public DefaultCredential(String vendor, Set<String> protocols, String username, Secret password, String source) {
        this(vendor, protocols, username, password, source, Optional.empty(), Origin.DEFAULT);
    }

    public boolean appliesTo(String protocol) {
        return protocols.contains(protocol);
    }

    /** True when the pair is not limited to a product line, or the model is known and matches it. */
    public boolean appliesToModel(Optional<String> model) {
        return product.isEmpty() || model.map(m -> product.get().matcher(m).find()).orElse(false);
    }

    /**
     * The {@code source} text of a login observation made with this candidate: {@code default:Hikvision},
     * {@code operator}, or {@code weak:<vendor>}.
     */
    public String observationSource() {
        return switch (origin) {
            case DEFAULT -> "default:" + vendor;
            case OPERATOR -> "operator";
            case WEAK -> "weak:" + vendor;
        };
    }

    boolean samePair(DefaultCredential other) {
        return username.equals(other.username) && password.reveal().equals(other.password.reveal());
    }

    /** The pair as the logs and reports show it: {@code admin:****}, {@code admin:(blank)}. */
    public String masked() {
        return username + ":" + password.masked();
    }
}
