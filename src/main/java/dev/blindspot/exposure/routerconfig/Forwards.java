package dev.blindspot.exposure.routerconfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds forwards from a NAT target written {@code ADDRESS}, {@code ADDRESS:PORT}, {@code ADDRESS:FIRST-LAST}
 * (iptables, nftables), {@code [IPV6]:PORT}, or an address range {@code A-B} (the first address is taken): one
 * {@link PortForward} per external port range, or a {@link DmzHost} when the rule has no external port.
 */
final class Forwards {

    private Forwards() {
    }

    /**
     * Rules for a destination NAT; empty when the target names no address (a redirect to the router itself).
     *
     * @param target {@code ADDRESS[:PORTS]}
     */
    static List<RouterRule> of(Origin origin, Protocol protocol, List<PortRange> external, String target,
                               boolean enabled, Optional<String> description) throws RouterConfigException {
        String address = target.trim();
        Optional<PortRange> internal = Optional.empty();
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            if (close < 0) {
                throw new RouterConfigException(origin.file(), origin.line(), "'" + Text.shorten(target) + "' has no closing ]");
            }
            String rest = address.substring(close + 1);
            address = address.substring(1, close);
            if (rest.startsWith(":")) {
                internal = Optional.of(port(origin, rest.substring(1)));
            }
        } else if (address.indexOf(':') >= 0 && address.indexOf(':') == address.lastIndexOf(':')) {
            int colon = address.indexOf(':');
            internal = Optional.of(port(origin, address.substring(colon + 1)));
            address = address.substring(0, colon);
        }
        if (address.isEmpty()) {
            return List.of();
        }
        if (address.contains("-") && !address.contains(":")) {
            address = address.substring(0, address.indexOf('-'));
        }
        String host = Addresses.canonical(address).orElseThrow(() -> new RouterConfigException(origin.file(),
                origin.line(), "'" + Text.shorten(target) + "' is not an address"));
        return of(origin, protocol, external, host, internal, enabled, description);
    }

    /** Rules for a forward to {@code host} (canonical) on {@code internal} port(s), or the external ones. */
    static List<RouterRule> of(Origin origin, Protocol protocol, List<PortRange> external, String host,
                               Optional<PortRange> internal, boolean enabled, Optional<String> description) {
        if (external.isEmpty()) {
            if (internal.isPresent()) {
                return List.of(new PortForward(origin, protocol, new PortRange(1, 65_535), host, internal.get(), enabled,
                        description));
            }
            return List.of(new DmzHost(origin, host, enabled, description));
        }
        List<RouterRule> out = new ArrayList<>();
        for (PortRange e : external) {
            out.add(new PortForward(origin, protocol, e, host, internal.orElse(e), enabled, description));
        }
        return out;
    }

    private static final java.util.Map<String, Integer> SERVICES = java.util.Map.of("http", 80, "https", 443,
            "ssh", 22, "telnet", 23, "ftp", 21, "rtsp", 554, "http-alt", 8080);

    /** A port, range or service name ({@code http}, {@code https}, {@code rtsp}, {@code ssh}, ...). */
    static PortRange port(Origin origin, String text) throws RouterConfigException {
        Integer known = SERVICES.get(text.trim().toLowerCase(java.util.Locale.ROOT));
        if (known != null) {
            return PortRange.single(known);
        }
        try {
            return PortRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RouterConfigException(origin.file(), origin.line(), e.getMessage());
        }
    }
}
