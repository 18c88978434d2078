package dev.blindspot.credential;

import dev.blindspot.inventory.LoginResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lockout-safe limits on login attempts, shared by every protocol and port of a device (thread-safe).
 * <ul>
 *   <li>at most {@code maxFailuresPerAccount} failures per (device address, username) within a sliding window,
 *       lowered per device to {@code threshold - 1} when the vendor's lockout threshold is known;</li>
 *   <li>at most {@code maxFailuresPerDevice} failures per device over all usernames (devices such as Hikvision
 *       lock the client address, not only the account);</li>
 *   <li>no attempt at all after a lockout signal ({@link #stopHost}) or after a credential was accepted.</li>
 *   <li>a host that answered a login and then refuses connections is treated as a lockout signal (some devices
 *       firewall the client after failures) and stopped.</li>
 * </ul>
 * Accounts are counted per address only, never per protocol or port: a failure over HTTP, RTSP, ONVIF, Telnet or
 * any other login counts against the same account.
 * A granted attempt counts against the limits until recorded; every result but {@code Accepted} counts as a
 * failure (a timed-out attempt may still have been counted by the device).
 */
public final class AttemptBudget {

    public static final int DEFAULT_MAX_FAILURES_PER_ACCOUNT = 3;
    public static final int DEFAULT_MAX_FAILURES_PER_DEVICE = 6;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(30);

    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerDevice;
    private final Duration window;
    private final Map<String, Device> devices = new ConcurrentHashMap<>();

    public AttemptBudget(Clock clock) {
        this(clock, DEFAULT_MAX_FAILURES_PER_ACCOUNT, DEFAULT_MAX_FAILURES_PER_DEVICE, DEFAULT_WINDOW);
    }

    public AttemptBudget(Clock clock, int maxFailuresPerAccount, int maxFailuresPerDevice, Duration window) {
        if (maxFailuresPerAccount < 0 || maxFailuresPerDevice < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limits must be >= 0 and the window positive");
        }
        this.clock = clock;
        this.maxPerAccount = maxFailuresPerAccount;
        this.maxPerDevice = maxFailuresPerDevice;
        this.window = window;
    }

    /** The device locks after {@code threshold} failures: allow at most {@code threshold - 1} (never raises limits). */
    public void applyLockoutThreshold(String address, int threshold) {
        device(address).lowerLimits(Math.max(0, threshold - 1));
    }

    public BudgetDecision tryAcquire(String address, String username) {
        return device(address).tryAcquire(username, clock.instant(), false);
    }

    /**
     * Like {@link #tryAcquire}, for the account a device already accepted: the same pair once on another protocol
     * of the device (is the default also open over RTSP, ONVIF...?). Still denied after a lockout signal and still
     * within the per-account and per-device failure limits (a rejection there counts as a failure).
     */
    public BudgetDecision tryAcquireConfirmation(String address, String username) {
        return device(address).tryAcquire(username, clock.instant(), true);
    }

    public void record(String address, String username, LoginResult result) {
        Device d = device(address);
        boolean answeredBefore = d.answered();
        d.record(username, result, clock.instant());
        if (result instanceof LoginResult.LockoutSignal signal) {
            d.stop("lockout signal: " + signal.signal());
        } else if (answeredBefore && result instanceof LoginResult.Failed f && refused(f.reason())) {
            d.stop("lockout signal: the host refuses connections after answering logins");
        }
    }

    /** The per-account failure limit of a budget built for {@code maxAttempts} (the {@code --max-attempts} option). */
    public static AttemptBudget withMaxAttempts(Clock clock, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("--max-attempts must be at least 1");
        }
        return new AttemptBudget(clock, maxAttempts, Math.max(DEFAULT_MAX_FAILURES_PER_DEVICE, 2 * maxAttempts),
                DEFAULT_WINDOW);
    }

    /** True when the reason says the TCP connection was refused (the wording of HttpLogin and ProbeOutcome). */
    static boolean refused(String reason) {
        return reason.startsWith("connection refused");
    }

    /** No more attempts to this address, on any port or protocol. */
    public void stopHost(String address, String reason) {
        device(address).stop(reason);
    }

    /** Why the host takes no more attempts, if it does not. */
    public Optional<String> closedBecause(String address) {
        return device(address).closedBecause();
    }

    private Device device(String address) {
        return devices.computeIfAbsent(address, a -> new Device(maxPerAccount, maxPerDevice));
    }

    private final class Device {
        private final Map<String, Deque<Instant>> failures = new HashMap<>();
        private final Map<String, Integer> inFlight = new HashMap<>();
        private int accountLimit;
        private int deviceLimit;
        private String stopReason;
        private boolean accepted;
        private boolean answered;

        Device(int accountLimit, int deviceLimit) {
            this.accountLimit = accountLimit;
            this.deviceLimit = deviceLimit;
        }

        synchronized void lowerLimits(int limit) {
            accountLimit = Math.min(accountLimit, limit);
            deviceLimit = Math.min(deviceLimit, limit);
        }

        synchronized BudgetDecision tryAcquire(String username, Instant now, boolean confirming) {
            Optional<String> closed = confirming && stopReason == null ? Optional.empty() : closedBecause();
            if (closed.isPresent()) {
                return new BudgetDecision.Denied(closed.get(), true);
            }
            int deviceUsed = 0;
            for (Map.Entry<String, Deque<Instant>> e : failures.entrySet()) {
                prune(e.getValue(), now);
                deviceUsed += e.getValue().size();
            }
            deviceUsed += inFlight.values().stream().mapToInt(Integer::intValue).sum();
            if (deviceUsed >= deviceLimit) {
                return new BudgetDecision.Denied("device failure budget spent (" + deviceLimit + " per "
                        + window.toMinutes() + " min)", true);
            }
            int accountUsed = failures.getOrDefault(username, new ArrayDeque<>()).size()
                    + inFlight.getOrDefault(username, 0);
            if (accountUsed >= accountLimit) {
                return new BudgetDecision.Denied("account failure budget spent for '" + username + "' ("
                        + accountLimit + " per " + window.toMinutes() + " min)", false);
            }
            inFlight.merge(username, 1, Integer::sum);
            return new BudgetDecision.Granted();
        }

        synchronized void record(String username, LoginResult result, Instant now) {
            inFlight.computeIfPresent(username, (u, n) -> n > 1 ? n - 1 : null);
            answered |= !(result instanceof LoginResult.Failed);
            if (result instanceof LoginResult.Accepted) {
                accepted = true;
            } else {
                failures.computeIfAbsent(username, u -> new ArrayDeque<>()).addLast(now);
            }
        }

        synchronized boolean answered() {
            return answered;
        }

        synchronized void stop(String reason) {
            if (stopReason == null) {
                stopReason = reason;
            }
        }

        synchronized Optional<String> closedBecause() {
            if (stopReason != null) {
                return Optional.of("host stopped: " + stopReason);
            }
            return accepted ? Optional.of("a credential was already accepted by this device") : Optional.empty();
        }

        private void prune(Deque<Instant> times, Instant now) {
            Instant horizon = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
                times.removeFirst();
            }
        }
    }
}
