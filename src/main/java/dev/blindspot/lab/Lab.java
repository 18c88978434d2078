package dev.blindspot.lab;

import dev.blindspot.lab.device.DatagramPlan;
import dev.blindspot.lab.device.DeviceServices;
import dev.blindspot.lab.device.LabContext;
import dev.blindspot.lab.device.ServiceLayout;
import dev.blindspot.lab.device.ServicePlan;
import dev.blindspot.lab.device.SimDevice;
import dev.blindspot.lab.device.Templates;
import dev.blindspot.lab.server.Connections;
import dev.blindspot.lab.server.Listener;
import dev.blindspot.lab.server.ServerCertificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts simulated devices on loopback. Each device gets its own 127.x.y.z address and binds its services on the
 * real ports (80, 554, 23, 8000, 37777 ...). A port below 1024 that may not be bound for lack of privilege is bound
 * at {@code LabOptions#unprivilegedPortOffset() + port} instead; {@link LabDevice#ports()} always says which port
 * is actually bound. Every accept loop and connection runs on a virtual thread.
 */
public final class Lab {

    private Lab() {}

    /**
     * Binds every device or none: if one bind fails, everything bound so far is closed and the failure thrown.
     *
     * @throws UncheckedIOException     when a port cannot be bound (e.g. already in use on that address)
     * @throws IllegalArgumentException when a spec names a service its kind does not run
     * @throws LabCapacityException     before binding anything, when the process may not open enough sockets
     */
    public static RunningLab start(List<DeviceSpec> specs, LabOptions options) {
        return start(specs, options, FileLimits.current());
    }

    /** As {@link #start(List, LabOptions)}, checking capacity against {@code limits} instead of this process's. */
    public static RunningLab start(List<DeviceSpec> specs, LabOptions options, FileLimits limits) {
        LabContext context = new LabContext(options.clock(), new Templates(), options.readDeadline());
        ServerCertificates certificates = new ServerCertificates(options.clock());
        AddressPlan addresses = AddressPlan.startingAt(options.firstAddress());
        List<SimDevice> planned = new ArrayList<>(specs.size());
        List<List<ServicePlan>> plans = new ArrayList<>(specs.size());
        long listenerCount = 0;
        for (DeviceSpec spec : specs) {
            SimDevice device = new SimDevice(spec, addresses.next(), context);
            List<ServicePlan> plan = plan(device, certificates, planned.size());
            planned.add(device);
            plans.add(plan);
            listenerCount += plan.size() + DeviceServices.datagramPlans(device).size();
        }
        LabCapacity.require(specs.size(), listenerCount, limits);
        Connections connections = new Connections(options.maxConnections());
        List<Listener> listeners = new ArrayList<>();
        List<LabDevice> devices = new ArrayList<>();
        Map<String, SimDevice> simulations = new HashMap<>();
        try {
            for (int i = 0; i < planned.size(); i++) {
                SimDevice device = planned.get(i);
                DeviceSpec spec = device.spec();
                Map<String, Integer> ports = new LinkedHashMap<>();
                for (ServicePlan plan : plans.get(i)) {
                    Listener listener = bind(device.address(), plan, options, connections);
                    listeners.add(listener);
                    ports.put(plan.name(), listener.port());
                }
                for (DatagramPlan plan : DeviceServices.datagramPlans(device)) {
                    listeners.add(Listener.openDatagram(device.address(), plan.port(), plan.handler()));
                }
                plans.set(i, List.of());
                // ONVIF shares the HTTP port unless the device runs it on its own (Reolink: 8000)
                if (spec.onvifAuthMode() != OnvifAuthMode.DISABLED && ports.containsKey("http")) {
                    ports.putIfAbsent("onvif", ports.get("http"));
                }
                List<String> failing = Weakness.of(spec).stream().map(Weakness::checkId).toList();
                devices.add(new LabDevice(device.host(), spec.kind(), spec.vendor(), spec.model(), spec.firmware(),
                        spec.deviceClass(), ports, failing, spec));
                simulations.put(device.host(), device);
            }
        } catch (IOException | RuntimeException e) {
            new RunningLab(devices, simulations, listeners, connections).close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("lab could not start: " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
        return new RunningLab(devices, simulations, listeners, connections);
    }

    /**
     * The address the {@code count}-th device gets when the first gets {@code firstAddress} ({@code .0} and
     * {@code .255} are skipped); for checking that a fleet fits a range before starting it.
     *
     * @throws IllegalArgumentException when {@code count < 1}; {@link IllegalStateException} past 127.255.255.254
     */
    public static String lastAddress(String firstAddress, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1");
        }
        return AddressPlan.startingAt(firstAddress).skip(count - 1).next().getHostAddress();
    }

    private static List<ServicePlan> plan(SimDevice device, ServerCertificates certificates, int index) {
        try {
            return ServiceLayout.plan(device, certificates);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("device " + (index + 1) + " (" + device.spec().kind() + " at "
                    + device.host() + "): " + e.getMessage(), e);
        }
    }

    private static Listener bind(InetAddress address, ServicePlan plan, LabOptions options, Connections connections)
            throws IOException {
        int port = plan.port();
        boolean privileged = port < 1024;
        if (privileged && options.unprivilegedPortsOnly()) {
            return open(address, port + options.unprivilegedPortOffset(), plan, connections);
        }
        try {
            return open(address, port, plan, connections);
        } catch (BindException e) {
            String reason = String.valueOf(e.getMessage());
            if (privileged && (reason.contains("ermission") || reason.contains("not permitted"))) {
                return open(address, port + options.unprivilegedPortOffset(), plan, connections);
            }
            throw e;
        }
    }

    private static Listener open(InetAddress address, int port, ServicePlan plan, Connections connections)
            throws IOException {
        try {
            return Listener.open(address, port, plan.handler(), connections);
        } catch (BindException e) {
            BindException named = new BindException(plan.name() + " on " + address.getHostAddress() + ":" + port
                    + ": " + e.getMessage());
            named.initCause(e);
            throw named;
        }
    }
}
