package dev.blindspot.cli;

import dev.blindspot.inventory.DiscoveryObservation;
import dev.blindspot.inventory.DiscoveryReply;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.UpnpIgdObservation;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.upnp.DefaultGateway;
import dev.blindspot.protocol.upnp.IgdAudit;
import dev.blindspot.scan.ProbeContext;
import dev.blindspot.scan.ScanProfile;
import dev.blindspot.scope.Scope;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Where the router UPnP IGD audit runs: the gateway of {@code --gateway} (named by the operator, so audited even
 * outside the targets) or of the default route (audited only when inside the targets: the scope rule holds), and
 * any in-scope host whose SSDP answer or description says InternetGatewayDevice.
 */
final class IgdAudits {

    /** Total time for one router's port-mapping enumeration. */
    static final Duration BUDGET = Duration.ofSeconds(60);

    private IgdAudits() {}

    /** The gateway to audit and, when the default route's gateway is skipped, the note saying why. */
    record Gateway(Optional<String> address, Optional<String> note) {}

    /** {@code named} when given; else the default route's gateway when {@code scope} contains it. */
    static Gateway choose(Optional<String> named, Optional<String> defaultRoute, Scope scope) {
        named = named.map(IgdAudits::literal);
        if (named.isPresent()) {
            return new Gateway(named, Optional.empty());
        }
        if (defaultRoute.isEmpty()) {
            return new Gateway(Optional.empty(), Optional.empty());
        }
        if (scope.contains(defaultRoute.get())) {
            return new Gateway(defaultRoute, Optional.empty());
        }
        return new Gateway(Optional.empty(), Optional.of("default gateway " + defaultRoute.get() + " is outside the "
                + "targets: its UPnP IGD was not audited (name it with --gateway to audit it)"));
    }

    /** {@link #choose} with the system's default route ({@code /proc/net/route}, no traffic). */
    static Gateway choose(Optional<String> named, Scope scope) {
        return choose(named, named.isPresent() ? Optional.empty() : DefaultGateway.system(), scope);
    }

    /** True when a discovery answer names an InternetGatewayDevice (search target, USN or description type). */
    static boolean answeredAsIgd(Observation o) {
        return o instanceof DiscoveryObservation d && d.outcome().answer().filter(r -> r instanceof DiscoveryReply.Ssdp)
                .map(r -> (DiscoveryReply.Ssdp) r)
                .filter(s -> s.answers().stream().anyMatch(a -> igd(a.st()) || igd(a.usn()))
                        || s.description().flatMap(DiscoveryReply.UpnpDevice::deviceType).filter(IgdAudits::igd).isPresent())
                .isPresent();
    }

    static UpnpIgdObservation audit(Duration udpDeadline, BoundedHttpClient client, String address) {
        return new IgdAudit(udpDeadline, client, BUDGET).audit(address);
    }

    /**
     * The audit of a gateway outside the targets (named with {@code --gateway}), run before the scan with its own
     * watchdog; {@code timeout} is the scan's per-exchange deadline.
     */
    static UpnpIgdObservation auditOutsideScope(String address, Duration timeout) {
        try (ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("blindspot-igd-watchdog").factory())) {
            ProbeContext context = new ProbeContext(timeout, watchdog, ScanProfile.safe());
            return audit(DefaultProbeSuite.udpDefault(timeout), DefaultProbeSuite.client(context), address);
        }
    }

    /**
     * The engine's text ({@code InetAddress#getHostAddress}) of the IP literal {@code text}; never a name lookup.
     * Throws IllegalArgumentException naming the value when it is not an IP address.
     */
    static String literal(String text) {
        inet.ipaddr.IPAddress address = new inet.ipaddr.IPAddressString(text.strip()).getAddress();
        if (address == null || address.isPrefixed()) {
            throw new IllegalArgumentException("--gateway takes an IP address, not '" + text + "'");
        }
        return address.toInetAddress().getHostAddress();
    }

    private static boolean igd(String s) {
        return s.contains(":device:InternetGatewayDevice:");
    }
}
