package dev.blindspot.lab;

import dev.blindspot.lab.device.SimDevice;
import dev.blindspot.lab.server.Connections;
import dev.blindspot.lab.server.Listener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** A started lab: its devices, the answer key, and what logins each device saw. Close it to free every port. */
public final class RunningLab implements AutoCloseable {

    private static final int CLOSE_WAIT_SECONDS = 10;

    private final List<LabDevice> devices;
    private final Map<String, SimDevice> simulations;
    private final List<Listener> listeners;
    private final Connections connections;
    private final AtomicBoolean closed = new AtomicBoolean();

    RunningLab(List<LabDevice> devices, Map<String, SimDevice> simulations, List<Listener> listeners,
               Connections connections) {
        this.devices = List.copyOf(devices);
        this.simulations = Map.copyOf(simulations);
        this.listeners = List.copyOf(listeners);
        this.connections = connections;
    }

    /** Every device, in the order of the specs. */
    public List<LabDevice> devices() {
        return devices;
    }

    public Optional<LabDevice> device(String address) {
        return devices.stream().filter(d -> d.address().equals(address)).findFirst();
    }

    /** What a correct scan must report, derived from the specs. */
    public AnswerKey answerKey() {
        return AnswerKey.of(devices);
    }

    /** Login attempts the device at {@code address} received, per account, over all protocols. */
    public Map<String, AccountAttempts> attempts(String address) {
        return simulation(address).ledger().byAccount(Optional.empty());
    }

    /** Login attempts the device at {@code address} received over one protocol, per account. */
    public Map<String, AccountAttempts> attempts(String address, LoginProtocol protocol) {
        return simulation(address).ledger().byAccount(Optional.of(protocol));
    }

    /**
     * Requests the device at {@code address} received on the endpoints of the safe active checks' CVEs (bypass
     * logins, disclosed configuration files), whatever its firmware: zero after a {@code --profile safe} scan.
     */
    public int vulnerabilityProbes(String address) {
        return simulation(address).vulnerabilityProbes();
    }

    /** Listening sockets (one per service per device; ONVIF shares HTTP's). */
    public int listenerCount() {
        return listeners.size();
    }

    /** Connections open right now, across all devices. */
    public int openConnections() {
        return connections.openCount();
    }

    /**
     * Unbinds every listener and closes every open connection, and returns once the ports are free (or after
     * {@value #CLOSE_WAIT_SECONDS} seconds). Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        listeners.forEach(Listener::close);
        connections.close();
        long deadline = System.nanoTime() + Duration.ofSeconds(CLOSE_WAIT_SECONDS).toNanos();
        try {
            for (Listener listener : listeners) {
                listener.awaitClosed(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            }
            connections.awaitIdle(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SimDevice simulation(String address) {
        SimDevice device = simulations.get(address);
        if (device == null) {
            throw new IllegalArgumentException("no lab device at " + address);
        }
        return device;
    }
}
