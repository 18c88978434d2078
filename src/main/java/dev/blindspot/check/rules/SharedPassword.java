package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckOptions;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Verdict;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * FAIL once per credential (username and password) accepted on two or more devices, listing the devices, the
 * password masked unless revealing. Computed only from the inventory's accepted logins, whatever their source:
 * vendor defaults count too (the same factory pair on several devices is one credential that opens them all),
 * operator-supplied and weak passwords as well. The finding's asset is the group's first device (numeric order).
 */
public final class SharedPassword implements Check {

    public static final String ID = "shared-password";

    private final CheckOptions options;

    public SharedPassword(CheckOptions options) {
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    /** A group key; its text never shows the password. */
    private record Pair(String username, String password) {
        @Override
        public String toString() {
            return username + ":" + new Secret(password).masked();
        }
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        Map<Pair, TreeSet<String>> devices = new LinkedHashMap<>();
        Map<Pair, Secret> secrets = new LinkedHashMap<>();
        inventory.all(LoginObservation.class).filter(l -> l.result() instanceof LoginResult.Accepted).forEach(l -> {
            Pair key = new Pair(l.username(), l.password().reveal());
            devices.computeIfAbsent(key, k -> new TreeSet<>(Inventory::compareAddresses)).add(l.address());
            secrets.putIfAbsent(key, l.password());
        });
        List<CheckResult> out = new ArrayList<>();
        devices.forEach((pair, addresses) -> {
            if (addresses.size() < 2) {
                return;
            }
            String list = String.join(", ", addresses);
            out.add(new CheckResult(addresses.first(), Optional.empty(), Verdict.FAIL,
                    LoginEvidence.pair(pair.username(), secrets.get(pair), options) + " accepted on " + addresses.size()
                            + " devices: " + list, Confidence.CONFIRMED, pair.username() + " " + list));
        });
        return out;
    }
}
