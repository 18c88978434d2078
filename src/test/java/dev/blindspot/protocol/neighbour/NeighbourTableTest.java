package dev.blindspot.protocol.neighbour;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Parsing a /proc/net/arp file (format of Linux's net/ipv4/arp.c, documentation addresses only). */
class NeighbourTableTest {

    private final NeighbourTable table = new NeighbourTable(Path.of("src/test/resources/neighbour/proc_net_arp.txt"));

    @Test
    void completeEntriesGiveTheirOuiOnly() {
        assertThat(table.ouiOf("192.0.2.10")).contains("28:57:BE");
        assertThat(table.ouiOf("192.0.2.12")).contains("3C:EF:8C");
        assertThat(table.ouiOf("192.0.2.1")).as("flags 0x6: complete and permanent").contains("00:40:8C");
    }

    @Test
    void incompleteMissingAndUnreadableAreUnknown() {
        assertThat(table.ouiOf("192.0.2.11")).isEmpty();
        assertThat(table.ouiOf("192.0.2.99")).isEmpty();
        assertThat(table.ouiOf("192.0.2.1 ")).isEmpty();
        assertThat(new NeighbourTable(Path.of("/nonexistent/arp")).ouiOf("192.0.2.10")).isEmpty();
        assertThat(NeighbourTable.parse("192.0.2.10 0x1 0xzz 28:57:be:12:34:56 * eth0", "192.0.2.10")).isEmpty();
        assertThat(NeighbourTable.parse("192.0.2.10 0x1 0x2 28:57:be:12:34 * eth0", "192.0.2.10")).isEmpty();
    }
}
