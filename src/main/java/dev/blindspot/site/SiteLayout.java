package dev.blindspot.site;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv6.IPv6Address;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a site's hosts are grouped into segments for segmentation checks: the zones of a site file ({@link SiteFile}),
 * the most specific block winning when zones overlap; any address outside every zone (and every address when no
 * zones are declared) falls in its IPv4 /24 or IPv6 /64. Immutable.
 */
public final class SiteLayout {

    public static final int IPV4_DEFAULT_PREFIX = 24;
    public static final int IPV6_DEFAULT_PREFIX = 64;

    private record Entry(IPAddress block, Segment segment) {}

    private final List<Zone> zones;
    private final List<Entry> entries;

    private SiteLayout(List<Zone> zones) {
        this.zones = List.copyOf(zones);
        List<Entry> all = new ArrayList<>();
        for (Zone z : zones) {
            Segment s = z.segment();
            z.blocks().forEach(b -> all.add(new Entry(b, s)));
        }
        // most specific first; at equal length, declaration order (the sort is stable)
        all.sort(Comparator.comparingInt((Entry e) -> -e.block().getNetworkPrefixLength()));
        this.entries = List.copyOf(all);
    }

    /** No declared zones: every host falls in its /24 (IPv4) or /64 (IPv6). */
    public static SiteLayout byDefault() {
        return new SiteLayout(List.of());
    }

    /** A layout of declared zones; names must be unique and no block may be declared twice. */
    public static SiteLayout of(List<Zone> zones) {
        Set<String> names = new HashSet<>();
        Map<String, String> blocks = new HashMap<>();
        for (Zone z : zones) {
            if (!names.add(z.name())) {
                throw new IllegalArgumentException("two zones are named '" + z.name() + "'");
            }
            for (IPAddress b : z.blocks()) {
                String other = blocks.putIfAbsent(cidr(b), z.name());
                if (other != null) {
                    throw new IllegalArgumentException("block " + cidr(b) + " is declared in zone '" + other
                            + "' and in zone '" + z.name() + "'");
                }
            }
        }
        return new SiteLayout(zones);
    }

    public List<Zone> zones() {
        return zones;
    }

    /** The segment of an IP address (text); empty when the text is not an IP address. */
    public Optional<Segment> segmentOf(String address) {
        IPAddress a = new IPAddressString(address).getAddress();
        if (a == null) {
            return Optional.empty();
        }
        a = a.withoutPrefixLength();
        if (a instanceof IPv6Address v6 && v6.hasZone()) {
            a = v6.removeZone();
        }
        for (Entry e : entries) {
            if (e.block().contains(a)) {
                return Optional.of(e.segment());
            }
        }
        IPAddress block = a.toPrefixBlock(a.isIPv4() ? IPV4_DEFAULT_PREFIX : IPV6_DEFAULT_PREFIX);
        String cidr = cidr(block);
        return Optional.of(new Segment(cidr, cidr, List.of(cidr), Optional.empty(), false));
    }

    /** Canonical CIDR text of a prefix block: {@code 10.0.20.0/24}, {@code 2001:db8:1:2::/64}. */
    static String cidr(IPAddress block) {
        return block.toPrefixBlock().toCanonicalString();
    }
}
