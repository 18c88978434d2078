package dev.blindspot.credential;

import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The default-credential pass for one address: plans HTTP targets from the first-pass observations, then tries
 * the vendor-first candidates one at a time (never in parallel within a host) within the {@link AttemptBudget}.
 * Each pair is tried once per device (the account database is shared by its ports); a target that fails to
 * answer is dropped and the pair moves to the next target. Stops at the first accepted pair and at the first
 * lockout signal.
 */
public final class CredentialProber {

    private static final System.Logger LOG = System.getLogger(CredentialProber.class.getName());

    private final DefaultCredentials defaults;
    private final HttpLogin http;
    private final CandidateSource candidates;

    public CredentialProber(DefaultCredentials defaults, HttpLogin http) {
        this(defaults, CandidateSource.defaults(defaults), http);
    }

    /** With the candidates (operator, default, weak) to try, in order. */
    public CredentialProber(DefaultCredentials defaults, CandidateSource candidates, HttpLogin http) {
        this.defaults = defaults;
        this.http = http;
        this.candidates = candidates;
    }

    /** Runs the pass; returns one observation per attempt actually made. */
    public List<LoginObservation> probe(String address, List<Observation> observations, Identity identity,
                                       AttemptBudget budget) {
        return probe(address, observations, identity, budget, Optional.empty());
    }

    /** One login attempt at a target. */
    private interface Attempter {
        HttpAttempt attempt(HttpTarget target, String username, dev.blindspot.inventory.Secret password);
    }

    /**
     * Runs the pass; a Reolink device (whose logins are its JSON API, not HTTP authentication) is tried through
     * {@code reolink} on its web ports, when given. Returns one observation per attempt actually made.
     */
    public List<LoginObservation> probe(String address, List<Observation> observations, Identity identity,
                                       AttemptBudget budget, Optional<ReolinkApiLogin> reolink) {
        Optional<VendorProfile> vendor = identity.vendor().flatMap(defaults::vendor);
        defaults.lockoutFor(identity).ifPresent(l -> budget.applyLockoutThreshold(address, l.attempts()));
        boolean reolinkApi = reolink.isPresent() && vendor.map(v -> v.name().equals("Reolink")).orElse(false);
        List<HttpTarget> targets = new ArrayList<>(reolinkApi ? HttpTargetPlanner.webPorts(address, observations,
                ReolinkApiLogin.PATH) : HttpTargetPlanner.plan(address, observations, vendor));
        Attempter attempter = reolinkApi ? reolink.get()::attempt : http::attempt;
        List<LoginObservation> made = new ArrayList<>();
        for (DefaultCredential candidate : candidates.candidates(address, identity, "http")) {
            Outcome outcome = tryCandidate(address, candidate, targets, budget, made, attempter);
            if (outcome == Outcome.STOP_HOST) {
                break;
            }
        }
        return List.copyOf(made);
    }

    private enum Outcome { NEXT_CANDIDATE, STOP_HOST }

    private Outcome tryCandidate(String address, DefaultCredential candidate, List<HttpTarget> targets,
                                 AttemptBudget budget, List<LoginObservation> made, Attempter attempter) {
        while (!targets.isEmpty()) {
            BudgetDecision decision = budget.tryAcquire(address, candidate.username());
            if (decision instanceof BudgetDecision.Denied denied) {
                LOG.log(Level.DEBUG, () -> "no attempt for user " + candidate.username() + " on " + address + ": "
                        + denied.reason());
                return denied.hostWide() ? Outcome.STOP_HOST : Outcome.NEXT_CANDIDATE;
            }
            HttpTarget target = targets.getFirst();
            HttpAttempt attempt = attempter.attempt(target, candidate.username(), candidate.password());
            budget.record(address, candidate.username(), attempt.result());
            LoginObservation observation = new LoginObservation(address, target.port(), attempt.protocol(),
                    candidate.username(), candidate.password(), candidate.observationSource(), attempt.result());
            made.add(observation);
            LOG.log(Level.DEBUG, () -> AttemptLog.describe(observation));
            switch (attempt.result()) {
                case LoginResult.Accepted a -> {
                    return Outcome.STOP_HOST;
                }
                case LoginResult.LockoutSignal l -> {
                    budget.stopHost(address, l.signal());
                    return Outcome.STOP_HOST;
                }
                case LoginResult.Rejected r -> {
                    return Outcome.NEXT_CANDIDATE;
                }
                case LoginResult.Failed f -> targets.removeFirst();
            }
        }
        return Outcome.STOP_HOST;
    }
}
