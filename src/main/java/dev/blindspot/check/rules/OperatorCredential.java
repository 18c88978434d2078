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
 * The operator's own credentials ({@code --credentials FILE}), informational: PASS "operator-supplied credential
 * accepted" (an authenticated audit could log in), UNKNOWN when every one tried was rejected or could not be tried to
 * the end (the file is out of date, or a lock stopped the pass). Never a weakness by itself.
 */
public final class OperatorCredential implements Check {

    public static final String ID = "operator-credential";
    static final String SOURCE = "operator";

    private final CheckOptions options;

    public OperatorCredential(CheckOptions options) {
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
            List<LoginObservation> tried = inventory.of(address, LoginObservation.class)
                    .filter(l -> l.source().equals(SOURCE)).toList();
            if (tried.isEmpty()) {
                continue;
            }
            Optional<LoginObservation> accepted = tried.stream().filter(l -> l.result() instanceof LoginResult.Accepted)
                    .findFirst();
            if (accepted.isPresent()) {
                LoginObservation l = accepted.get();
                out.add(new CheckResult(address, Optional.of(l.port()), Verdict.PASS, "operator-supplied credential "
                        + LoginEvidence.pair(l.username(), l.password(), options) + " accepted via " + l.protocol(),
                        Confidence.CONFIRMED, ""));
                continue;
            }
            Optional<LoginEvidence.StopReason> stop = LoginEvidence.lockoutStop(tried);
            LoginObservation last = tried.getLast();
            out.add(CheckResult.unknown(address, stop.map(LoginEvidence.StopReason::port).orElse(last.port()),
                    stop.map(LoginEvidence.StopReason::reason).orElse("operator-supplied credential(s) rejected: "
                            + String.join(", ", tried.stream().map(l -> LoginEvidence.pair(l.username(), l.password(),
                            options)).distinct().toList()))));
        }
        return out;
    }
}
