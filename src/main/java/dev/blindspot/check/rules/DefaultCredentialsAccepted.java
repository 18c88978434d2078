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
 * FAIL for every vendor default credential a device accepted (one finding per protocol and account, the
 * password masked unless revealing); PASS when every default tried was rejected; UNKNOWN when the pass stopped after
 * a lockout signal ("stopped after a lockout signal: ..."), when an attempt failed before an answer, and under
 * {@code --profile safe} for every device the pass would have tried ("profile safe: no credentials tried"). Hosts
 * where nothing was tried (and nothing would have been) are not judged.
 */
public final class DefaultCredentialsAccepted implements Check {

    public static final String ID = "default-credentials-accepted";
    static final String SOURCE = "default:";

    private final CheckOptions options;

    public DefaultCredentialsAccepted() {
        this(CheckOptions.defaults());
    }

    public DefaultCredentialsAccepted(CheckOptions options) {
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
            List<LoginObservation> attempts = all.stream().filter(l -> l.source().startsWith(SOURCE)).toList();
            if (!options.credentialsTried()) {
                LoginEvidence.wouldTry(inventory, address).ifPresent(port ->
                        out.add(CheckResult.unknown(address, port, LoginEvidence.SAFE_PROFILE)));
                continue;
            }
            List<LoginObservation> accepted = attempts.stream().filter(l -> l.result() instanceof LoginResult.Accepted).toList();
            for (LoginObservation l : accepted) {
                out.add(CheckResult.fail(address, l.port(),
                        "vendor default " + LoginEvidence.pair(l.username(), l.password(), options) + " ("
                                + l.source().substring(SOURCE.length()) + ") accepted via " + l.protocol(),
                        Confidence.CONFIRMED).withDetail(l.protocol() + "/" + l.username()));
            }
            if (!accepted.isEmpty()) {
                continue;
            }
            Optional<LoginEvidence.StopReason> stop = LoginEvidence.lockoutStop(all);
            if (stop.isPresent()) {
                out.add(CheckResult.unknown(address, stop.get().port(), stop.get().reason()));
                continue;
            }
            if (attempts.isEmpty()) {
                continue;
            }
            Optional<LoginObservation> failed = attempts.stream().filter(l -> l.result() instanceof LoginResult.Failed).findFirst();
            if (failed.isPresent()) {
                out.add(CheckResult.unknown(address, failed.get().port(), "a login attempt did not complete: "
                        + ((LoginResult.Failed) failed.get().result()).reason()));
            } else {
                out.add(new CheckResult(address, Optional.of(attempts.getLast().port()), Verdict.PASS,
                        attempts.size() + " vendor default credential(s) tried, all rejected", Confidence.LIKELY, ""));
            }
        }
        return out;
    }
}
