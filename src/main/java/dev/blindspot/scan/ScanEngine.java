package dev.blindspot.scan;

import dev.blindspot.inventory.Identity;
import dev.blindspot.inventory.Inventory;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.OpenPort;
import dev.blindspot.protocol.tcp.TcpConnect;
import dev.blindspot.scope.Scope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Runs a scan: for every address in scope, TCP connect over the port set, first-pass protocol probes on
 * open ports, identification, then the second pass. Virtual threads, one global connection bound, one
 * per-host bound, per-probe deadlines. Every connection goes to an address the scope contains.
 */
public final class ScanEngine {

    private final ScanSettings settings;
    private final ProbeSuite suite;
    private final Identifier identifier;
    private final Clock clock;

    public ScanEngine(ScanSettings settings, ProbeSuite suite, Identifier identifier, Clock clock) {
        this.settings = settings;
        this.suite = suite;
        this.identifier = identifier;
        this.clock = clock;
    }

    /**
     * Scans until done or until {@code cancel} is set; then returns what was learned (complete=false when
     * cancelled). In-flight probes end by their own deadlines.
     */
    public ScanResult run(Scope scope, AtomicBoolean cancel, ScanListener listener) {
        Instant started = clock.instant();
        Queue<Observation> observations = new ConcurrentLinkedQueue<>();
        Map<String, Identity> identities = new ConcurrentHashMap<>();
        Semaphore connections = new Semaphore(settings.concurrency());
        // hosts in flight: enough to keep the global connection bound busy, never the whole scope at once
        int perHost = Math.min(settings.perHostConcurrency(), settings.ports().ports().size());
        Semaphore hostSlots = new Semaphore(Math.max(1, settings.concurrency() / Math.max(1, perHost)));
        long total = scope.size().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
        AtomicLong done = new AtomicLong();
        AtomicLong live = new AtomicLong();
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "blindspot-watchdog");
            t.setDaemon(true);
            return t;
        });
        ProbeContext context = new ProbeContext(settings.timeout(), watchdog, settings.profile());
        boolean interrupted = false;
        try (ExecutorService hosts = Executors.newVirtualThreadPerTaskExecutor()) {
            Iterator<String> addresses = scope.addresses();
            while (addresses.hasNext() && !cancel.get()) {
                String address = addresses.next();
                if (!scope.contains(address)) {
                    throw new IllegalStateException("scope iterator produced " + address + " outside the scope");
                }
                try {
                    hostSlots.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    interrupted = true;
                    break;
                }
                hosts.submit(() -> {
                    try {
                        HostScan host = new HostScan(address, scope, connections, context, cancel);
                        List<Observation> found = host.run();
                        if (!found.isEmpty()) {
                            observations.addAll(found);
                            live.incrementAndGet();
                        }
                        host.identity().ifPresent(id -> identities.put(address, id));
                    } catch (RuntimeException e) {
                        notes.add("internal error while scanning " + address + ": " + e);
                    } finally {
                        hostSlots.release();
                        listener.hostFinished(done.incrementAndGet(), total, live.get());
                    }
                });
            }
        } finally {
            watchdog.shutdownNow();
        }
        boolean complete = !cancel.get() && !interrupted;
        if (!complete) {
            notes.add("scan interrupted: " + done.get() + " of " + total + " addresses probed");
        }
        Inventory inventory = Inventory.of(observations, identities).withProbedPorts(
                settings.ports().ports().stream().map(PortSpec::port).collect(java.util.stream.Collectors.toSet()));
        return new ScanResult(inventory, started, clock.instant(), complete, done.get(), notes);
    }

    /** Whether a discovery observation carries an answer (a host that answers only UDP discovery is live). */
    private static boolean answered(Observation o) {
        return o instanceof dev.blindspot.inventory.DiscoveryObservation d && d.outcome().answer().isPresent();
    }

    /** The work for one address; runs in its own virtual thread. */
    private final class HostScan {
        private final String address;
        private final Scope scope;
        private final Semaphore connections;
        private final Semaphore perHost;
        private final ProbeContext context;
        private final AtomicBoolean cancel;
        private Identity identity;

        HostScan(String address, Scope scope, Semaphore connections, ProbeContext context, AtomicBoolean cancel) {
            this.address = address;
            this.scope = scope;
            this.connections = connections;
            this.perHost = new Semaphore(settings.perHostConcurrency());
            this.context = context;
            this.cancel = cancel;
        }

        java.util.Optional<Identity> identity() {
            return java.util.Optional.ofNullable(identity);
        }

        List<Observation> run() {
            // UDP discovery runs beside the TCP work, so its deadline adds nothing to the host's time
            java.util.concurrent.FutureTask<List<Observation>> udp =
                    new java.util.concurrent.FutureTask<>(() -> bounded(() -> suite.discover(context, address)));
            Thread.ofVirtual().name("blindspot-udp-" + address).start(udp);
            List<PortSpec> open = forEachPort(settings.ports().ports(), port -> {
                var outcome = bounded(() -> TcpConnect.probe(address, port.port(), settings.timeout()));
                return outcome instanceof ProbeOutcome.Answered<Duration> ? List.of(port) : List.<PortSpec>of();
            });
            List<Observation> firstPass = new ArrayList<>();
            for (PortSpec p : open) {
                firstPass.add(new OpenPort(address, p.port(), p.service()));
            }
            if (!open.isEmpty() && !cancel.get()) {
                firstPass.addAll(forEachPort(open, port -> bounded(() -> suite.probePort(context, address, port))));
            }
            List<Observation> discovered = discovered(udp);
            if (open.isEmpty() && discovered.stream().noneMatch(ScanEngine::answered)) {
                return List.of();
            }
            firstPass.addAll(discovered);
            identity = identifier.identify(address, List.copyOf(firstPass));
            if (open.isEmpty() || cancel.get()) {
                // interrupted, or nothing on TCP to log in to: keep what this host already told us
                return firstPass;
            }
            firstPass.addAll(bounded(() -> suite.secondPass(context, address, List.copyOf(firstPass), identity)));
            identity = identifier.identify(address, List.copyOf(firstPass));
            return firstPass;
        }

        /** What the UDP discovery found; an internal failure there is a note-worthy error like any other. */
        private List<Observation> discovered(java.util.concurrent.FutureTask<List<Observation>> udp) {
            try {
                return udp.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }

        /** Runs {@code work} for each port in parallel, within the per-host bound; keeps port order. */
        private <T> List<T> forEachPort(List<PortSpec> ports, java.util.function.Function<PortSpec, List<T>> work) {
            Map<Integer, List<T>> results = new ConcurrentHashMap<>();
            try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < ports.size(); i++) {
                    int index = i;
                    PortSpec port = ports.get(i);
                    if (cancel.get()) {
                        break;
                    }
                    ex.submit(() -> {
                        try {
                            perHost.acquire();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        try {
                            results.put(index, work.apply(port));
                        } finally {
                            perHost.release();
                        }
                    });
                }
            }
            List<T> out = new ArrayList<>();
            new TreeMap<>(results).values().forEach(out::addAll);
            return out;
        }

        /** Runs one probe holding a global connection permit; refuses any address outside the scope. */
        private <T> T bounded(Supplier<T> probe) {
            if (!scope.contains(address)) {
                throw new IllegalStateException("refusing to probe " + address + ": outside the declared scope");
            }
            try {
                if (!connections.tryAcquire(1, TimeUnit.HOURS)) {
                    throw new IllegalStateException("no connection permit within an hour");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            try {
                return probe.get();
            } finally {
                connections.release();
            }
        }
    }
}
