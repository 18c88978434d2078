package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckOptions;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.check.Verdict;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Only with {@code --weak-passwords}: FAIL for each weak password (of the bounded list) a device accepted; PASS when
 * every one tried was rejected; UNKNOWN when a lockout signal stopped the pass. Devices where no weak password was
 * tried are not judged (the list is opt-in).
 */
public final class WeakPasswordAccepted implements Check {

    public static final String ID = "weak-password-accepted";
    static final String SOURCE = "weak:";

    private final CheckOptions options;

    public WeakPasswordAccepted(CheckOptions options) {
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        List<CheckResult> out = new ArrayList<>();
        for (String address : inventory.addresses()) {
            List<LoginObservation> all = inventory.of(address, LoginObservation.class).toList();
            List<LoginObservation> weak = all.stream().filter(l -> l.source().startsWith(SOURCE)).toList();
            if (weak.isEmpty()) {
                continue;
            }
            List<LoginObservation> accepted = weak.stream().filter(l -> l.result() instanceof LoginResult.Accepted).toList();
            for (LoginObservation l : accepted) {
                out.add(CheckResult.fail(address, l.port(), "weak password accepted: "
                        + LoginEvidence.pair(l.username(), l.password(), options) + " via " + l.protocol(),
                        Confidence.CONFIRMED).withDetail(l.protocol() + "/" + l.username()));
            }
            if (!accepted.isEmpty()) {
                continue;
            }
            Optional<LoginEvidence.StopReason> stop = LoginEvidence.lockoutStop(all);
            if (stop.isPresent()) {
                out.add(CheckResult.unknown(address, stop.get().port(), stop.get().reason()));
            } else {
                out.add(new CheckResult(address, Optional.of(weak.getLast().port()), Verdict.PASS,
                        weak.size() + " weak password(s) tried within the budget, all rejected", Confidence.LIKELY, ""));
            }
        }
        return out;
    }
}
