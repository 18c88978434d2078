package dev.blindspot.site;

import java.util.List;
import java.util.Optional;

/**
 * The part of the network a host sits in: a declared zone of the site file, or (by default) the host's IPv4 /24 or
 * IPv6 /64.
 *
 * @param name     the zone's name, or the block itself (e.g. {@code 127.52.1.0/24}) for a default segment
 * @param subject  what findings about the segment name as their asset: its first block in canonical CIDR form
 * @param blocks   every block of the segment, canonical CIDR
 * @param purpose  the zone's declared purpose; empty for default segments and zones without one
 * @param declared true for a zone of the site file
 */
public record Segment(String name, String subject, List<String> blocks, Optional<Purpose> purpose, boolean declared) {

    public Segment {
        blocks = List.copyOf(blocks);
    }

    /** {@code cameras (10.0.20.0/24, 10.0.21.0/24)} for a zone, the block for a default segment. */
    public String label() {
        return declared ? "zone '" + name + "' (" + String.join(", ", blocks) + ")" : name;
    }
}
