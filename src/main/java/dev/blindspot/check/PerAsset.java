package dev.blindspot.check;

import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** The loop most identity-based checks share: judge each asset whose identity passes a filter, collect the results. */
public final class PerAsset {

    private PerAsset() {}

    /** Every result of {@code judge} over the assets (in inventory order) whose identity passes {@code which}. */
    public static List<CheckResult> judge(Inventory inventory, Predicate<Identity> which,
                                          BiFunction<String, Identity, Collection<CheckResult>> judge) {
        List<CheckResult> out = new ArrayList<>();
        for (String address : inventory.addresses()) {
            Identity identity = inventory.identity(address);
            if (which.test(identity)) {
                out.addAll(judge.apply(address, identity));
            }
        }
        return out;
    }
}
