package dev.blindspot.scan;

import dev.blindspot.inventory.Inventory;
import java.time.Instant;
import java.util.List;

/**
 * What the engine learned.
 *
 * @param complete false when the scan was cancelled before every address in scope was probed
 */
public record ScanResult(Inventory inventory, Instant startedAt, Instant finishedAt, boolean complete,
                         long addressesProbed, List<String> notes) {

    public ScanResult {
        notes = List.copyOf(notes);
    }
}
