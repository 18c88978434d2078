package dev.blindspot.site;

import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Optional;

/** One declared zone of a site: a name, its address blocks (prefix blocks) and an optional purpose. */
public record Zone(String name, List<IPAddress> blocks, Optional<Purpose> purpose) {

    public Zone {
        blocks = List.copyOf(blocks);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a zone needs a name");
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("zone '" + name + "' has no address blocks");
        }
    }

    Segment segment() {
        List<String> cidrs = blocks.stream().map(SiteLayout::cidr).toList();
        return new Segment(name, cidrs.getFirst(), cidrs, purpose, true);
    }
}
