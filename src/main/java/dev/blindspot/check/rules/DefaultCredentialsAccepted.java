package dev.blindspot.check.rules;

import dev.blindspot.check.Check;
import dev.blindspot.check.CheckResult;
import dev.blindspot.check.Confidence;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * FAIL for every vendor default credential a device accepted (one finding per protocol and account, the
 * password masked); PASS when every default tried was rejected; UNKNOWN when the device signalled a lockout
 * or attempts failed before an answer. Hosts where nothing was tried are not judged.
 */
public final class DefaultCredentialsAccepted implements Check {

    public static final String ID = "default-credentials-accepted";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckResult> evaluate(Inventory inventory) {
        List<CheckResult> out = new ArrayList<>();
        for (String address : inventory.addresses()) {
            List<LoginObservation> attempts = inventory.of(address, LoginObservation.class)
                    .filter(l -> l.source().startsWith("default:")).toList();
            if (attempts.isEmpty()) {
                continue;
            }
            List<LoginObservation> accepted = attempts.stream().filter(l -> l.result() instanceof LoginResult.Accepted).toList();
            for (LoginObservation l : accepted) {
                out.add(CheckResult.fail(address, l.port(),
                        "vendor default " + l.username() + ":" + l.password().masked() + " (" + l.source().substring("default:".length())
                                + ") accepted via " + l.protocol(), Confidence.CONFIRMED)
                        .withDetail(l.protocol() + "/" + l.username()));
            }
            if (!accepted.isEmpty()) {
                continue;
            }
            Optional<LoginObservation> lock = attempts.stream().filter(l -> l.result() instanceof LoginResult.LockoutSignal).findFirst();
            Optional<LoginObservation> failed = attempts.stream().filter(l -> l.result() instanceof LoginResult.Failed).findFirst();
            LoginObservation last = attempts.getLast();
            if (lock.isPresent()) {
                out.add(CheckResult.unknown(address, lock.get().port(), "stopped: the device signalled a lockout ("
                        + ((LoginResult.LockoutSignal) lock.get().result()).signal() + ")"));
            } else if (failed.isPresent()) {
                out.add(CheckResult.unknown(address, failed.get().port(), "a login attempt did not complete: "
                        + ((LoginResult.Failed) failed.get().result()).reason()));
            } else {
                out.add(new CheckResult(address, Optional.of(last.port()), dev.blindspot.check.Verdict.PASS,
                        attempts.size() + " vendor default credential(s) tried, all rejected", Confidence.LIKELY, ""));
            }
        }
        return out;
    }
}
