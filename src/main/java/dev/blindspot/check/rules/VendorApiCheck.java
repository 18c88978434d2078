package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.VendorApiObservation;
import java.util.List;
import java.util.Optional;

/** A check that judges each answer of one vendor API on its own (one result, or none, per observation). */
abstract class VendorApiCheck implements Check {

    /** The vendor API whose observations this check judges (e.g. {@code frigate.stats}). */
    abstract String api();

    abstract Optional<CheckResult> judge(VendorApiObservation o);

    @Override
    public final List<CheckResult> evaluate(Inventory inventory) {
        return inventory.all(VendorApiObservation.class).filter(o -> o.api().equals(api()))
                .flatMap(o -> judge(o).stream()).toList();
    }
}
