package dev.blindspot.check;

import dev.blindspot.inventory.Inventory;
import java.util.List;

/**
 * A pure judgement over the inventory: no I/O, no clock, no state. Its metadata lives in
 * {@code checks/<id()>.json}; {@link CheckCatalogue} pairs the two and refuses a check without metadata.
 */
public interface Check {

    /** Stable id, the same as its metadata file's name. */
    String id();

    /** Results for every asset/port the check applies to: PASS, FAIL or UNKNOWN(reason). */
    List<CheckResult> evaluate(Inventory inventory);
}
