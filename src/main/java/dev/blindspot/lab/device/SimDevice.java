package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.LoginProtocol;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The state one simulated device keeps while the lab runs: its spec and address, derived identifiers, the login
 * lock and the attempt ledger. Protocol behaviour lives in the vendor classes that hold a reference to it.
 */
public final class SimDevice {

    private final DeviceSpec spec;
    private final InetAddress address;
    private final LabContext context;
    private final DeviceIds ids;
    private final LoginGuard guard;
    private final AttemptLedger ledger = new AttemptLedger();
    /** Requests to the endpoints of the safe active checks' CVEs (bypass logins, disclosed files), any firmware. */
    private final java.util.concurrent.atomic.AtomicInteger vulnerabilityProbes = new java.util.concurrent.atomic.AtomicInteger();

    public SimDevice(DeviceSpec spec, InetAddress address, LabContext context) {
        this.spec = spec;
        this.address = address;
        this.context = context;
        this.ids = new DeviceIds(ByteBuffer.wrap(address.getAddress()).getInt());
        this.guard = new LoginGuard(spec.lockoutThreshold(), Duration.ofMinutes(spec.lockoutMinutes()));
    }

    public DeviceSpec spec() {
        return spec;
    }

    public InetAddress address() {
        return address;
    }

    public String host() {
        return address.getHostAddress();
    }

    public DeviceIds ids() {
        return ids;
    }

    public AttemptLedger ledger() {
        return ledger;
    }

    /** Counts one request to a CVE endpoint of the safe active checks (see {@code LabVulnerabilities}). */
    void countVulnerabilityProbe() {
        vulnerabilityProbes.incrementAndGet();
    }

    /** Requests to the CVE endpoints of the safe active checks this device received. */
    public int vulnerabilityProbes() {
        return vulnerabilityProbes.get();
    }

    Templates templates() {
        return context.templates();
    }

    LabContext context() {
        return context;
    }

    Instant now() {
        return context.clock().instant();
    }

    Optional<Duration> lockRemaining(InetAddress client) {
        return guard.lockRemaining(client, now());
    }

    /** Failures {@code client} may still make before the illegal-login lock engages; 0 when lockout is off. */
    int remainingFailures(InetAddress client) {
        return guard.remainingFailures(client);
    }

    /**
     * Judges and records one login attempt: refused while the client is locked out; otherwise accepted when the
     * user is the device's account and {@code passwordMatches} holds for its password.
     */
    AuthOutcome login(LoginProtocol protocol, InetAddress client, String username, Predicate<String> passwordMatches) {
        Instant now = now();
        Optional<Duration> locked = guard.lockRemaining(client, now);
        if (locked.isPresent()) {
            ledger.record(protocol, username, false);
            return new AuthOutcome.Locked(username, locked.get());
        }
        // an Axis unit never set up has no account at all, so nothing logs in (not even a blank password)
        boolean ok = username.equals(spec.username()) && passwordMatches.test(spec.password())
                && !dev.blindspot.lab.Weakness.neverSetUp(spec);
        ledger.record(protocol, username, ok);
        if (ok) {
            guard.succeeded(client);
            return new AuthOutcome.Accepted(username);
        }
        guard.failed(client, now);
        return guard.lockRemaining(client, now)
                .<AuthOutcome>map(remaining -> new AuthOutcome.Locked(username, remaining))
                .orElse(new AuthOutcome.Rejected(username));
    }
}
