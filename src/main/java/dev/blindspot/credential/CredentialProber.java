package dev.blindspot.credential;

import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.LoginObservation;
import dev.blindspot.inventory.LoginResult;
import dev.blindspot.inventory.Observation;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The credential pass for one address over every login protocol the device speaks ({@link LoginModule}s: HTTP
 * authentication or a vendor API, RTSP, ONVIF, DVRIP, ...), one attempt at a time (never in parallel within a host),
 * within one {@link AttemptBudget} per account per device shared by all protocols.
 * <ol>
 *   <li>Candidates, vendor-first, are the union of each module's list from the {@link CandidateSource}; a pair is
 *       tried once per device, on the first module (in the given order) whose data lists it and that has a target
 *       left; a target that fails to answer is dropped and the pair moves on (next target, then next module).</li>
 *   <li>At the first accepted pair no other pair is tried; the accepted pair is then confirmed once on each other
 *       module whose data lists it (the same factory account is usually open over RTSP and ONVIF too), through
 *       {@link AttemptBudget#tryAcquireConfirmation}: still counted, still stopped by a lockout.</li>
 *   <li>A lockout signal stops the host on every protocol.</li>
 * </ol>
 */
public final class CredentialProber {

    private static final System.Logger LOG = System.getLogger(CredentialProber.class.getName());

    private final DefaultCredentials defaults;
    private final CandidateSource candidates;
    private final HttpLogin http;

    public CredentialProber(DefaultCredentials defaults, HttpLogin http) {
        this(defaults, CandidateSource.defaults(defaults), http);
    }

    /** With the candidates (operator-supplied, vendor defaults, weak passwords) to try, in order. */
    public CredentialProber(DefaultCredentials defaults, CandidateSource candidates, HttpLogin http) {
        this.defaults = defaults;
        this.candidates = candidates;
        this.http = http;
    }

    /** HTTP authentication only; returns one observation per attempt actually made. */
    public List<LoginObservation> probe(String address, List<Observation> observations, Identity identity,
                                       AttemptBudget budget) {
        return probe(address, observations, identity, budget, List.of(new HttpAuthModule(http)));
    }

    /** HTTP authentication, or Reolink's JSON API when the device is a Reolink and {@code reolink} is given. */
    public List<LoginObservation> probe(String address, List<Observation> observations, Identity identity,
                                       AttemptBudget budget, Optional<ReolinkApiLogin> reolink) {
        List<LoginModule> modules = new ArrayList<>();
        modules.add(new HttpAuthModule(http));
        reolink.ifPresent(r -> modules.add(new ReolinkModule(r)));
        return probe(address, observations, identity, budget, modules);
    }

    /** Runs the pass over {@code modules} (their order is the order of preference); one observation per attempt. */
    public List<LoginObservation> probe(String address, List<Observation> observations, Identity identity,
                                       AttemptBudget budget, List<LoginModule> modules) {
        Optional<VendorProfile> vendor = identity.vendor().flatMap(defaults::vendor);
        defaults.lockoutFor(identity).ifPresent(l -> budget.applyLockoutThreshold(address, l.attempts()));
        if (budget.closedBecause(address).isPresent()) {
            return List.of();
        }
        // targets are planned when a module is first needed: a module no pair reaches sends nothing at all
        List<Active> active = modules.stream().map(m -> new Active(m, () -> m.targets(address, observations, vendor)))
                .toList();
        List<Pair> pairs = pairs(address, identity, active);
        Pass pass = new Pass(address, budget, new ArrayList<>());
        for (Pair pair : pairs) {
            Optional<Active> winner = Optional.empty();
            Outcome last = Outcome.NEXT_CANDIDATE;
            for (Active a : active) {
                if (!pair.modules().contains(a)) {
                    continue;
                }
                last = pass.tryOn(a, pair, false);
                if (last == Outcome.ACCEPTED) {
                    winner = Optional.of(a);
                }
                if (last != Outcome.NO_TARGET) {
                    break;
                }
            }
            if (winner.isPresent()) {
                confirmElsewhere(pass, pair, winner.get(), active);
                break;
            }
            if (last == Outcome.STOP_HOST) {
                break;
            }
        }
        return List.copyOf(pass.made());
    }

    private static void confirmElsewhere(Pass pass, Pair pair, Active winner, List<Active> active) {
        for (Active a : active) {
            if (a != winner && pair.modules().contains(a) && pass.tryOn(a, pair, true) == Outcome.STOP_HOST) {
                return;
            }
        }
    }

    /**
     * The union of the modules' candidate lists, in module order then list order; each pair once (a module without
     * targets simply never takes a pair).
     */
    private List<Pair> pairs(String address, Identity identity, List<Active> active) {
        List<Pair> out = new ArrayList<>();
        for (Active a : active) {
            for (DefaultCredential c : candidates.candidates(address, identity, a.module().credentialProtocol())) {
                Optional<Pair> same = out.stream().filter(p -> p.credential().samePair(c)).findFirst();
                if (same.isPresent()) {
                    same.get().modules().add(a);
                } else {
                    Set<Active> where = new LinkedHashSet<>();
                    where.add(a);
                    out.add(new Pair(c, where));
                }
            }
        }
        return out;
    }

    /** A module with its targets, planned on first use. */
    private static final class Active {
        private final LoginModule module;
        private final Supplier<List<LoginTarget>> planner;
        private Deque<LoginTarget> targets;

        Active(LoginModule module, Supplier<List<LoginTarget>> planner) {
            this.module = module;
            this.planner = planner;
        }

        LoginModule module() {
            return module;
        }

        Deque<LoginTarget> targets() {
            if (targets == null) {
                targets = new ArrayDeque<>(planner.get());
            }
            return targets;
        }
    }

    private record Pair(DefaultCredential credential, Set<Active> modules) {}

    private enum Outcome { ACCEPTED, NEXT_CANDIDATE, NO_TARGET, STOP_HOST }

    private record Pass(String address, AttemptBudget budget, List<LoginObservation> made) {

        Outcome tryOn(Active active, Pair pair, boolean confirming) {
            DefaultCredential candidate = pair.credential();
            while (!active.targets().isEmpty()) {
                BudgetDecision decision = confirming ? budget.tryAcquireConfirmation(address, candidate.username())
                        : budget.tryAcquire(address, candidate.username());
                if (decision instanceof BudgetDecision.Denied denied) {
                    LOG.log(Level.DEBUG, () -> "no " + active.module().name() + " attempt for user "
                            + candidate.username() + " on " + address + ": " + denied.reason());
                    return denied.hostWide() ? Outcome.STOP_HOST : Outcome.NEXT_CANDIDATE;
                }
                LoginTarget target = active.targets().peekFirst();
                LoginAttempt attempt = active.module().attempt(target, candidate.username(), candidate.password());
                budget.record(address, candidate.username(), attempt.result());
                LoginObservation observation = new LoginObservation(address, target.port(), attempt.protocol(),
                        candidate.username(), candidate.password(), candidate.observationSource(), attempt.result());
                made.add(observation);
                LOG.log(Level.DEBUG, () -> AttemptLog.describe(observation));
                switch (attempt.result()) {
                    case LoginResult.Accepted a -> {
                        return Outcome.ACCEPTED;
                    }
                    case LoginResult.LockoutSignal l -> {
                        budget.stopHost(address, l.signal());
                        return Outcome.STOP_HOST;
                    }
                    case LoginResult.Rejected r -> {
                        return Outcome.NEXT_CANDIDATE;
                    }
                    case LoginResult.Failed f -> active.targets().removeFirst();
                }
            }
            return Outcome.NO_TARGET;
        }
    }
}
