package dev.blindspot.lab.device;

import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Services;
import dev.blindspot.lab.server.ServerCertificates;
import dev.blindspot.lab.server.TlsServer;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a spec's {@link Services} to its kind's usual plan ({@link DeviceServices#plan(SimDevice)}): drops the
 * services switched off, moves ports, and adds HTTPS (TLS in front of the device's own HTTP server, so both
 * answer alike). A service name the kind does not run is an error naming what it does run.
 */
public final class ServiceLayout {

    /** The usual HTTPS port. */
    public static final int HTTPS_PORT = 443;

    private ServiceLayout() {}

    /** The services the device runs, in plan order, HTTPS last. */
    public static List<ServicePlan> plan(SimDevice device, ServerCertificates certificates) {
        Services services = device.spec().services();
        List<ServicePlan> usual = DeviceServices.plan(device);
        Set<String> names = new LinkedHashSet<>();
        usual.forEach(p -> names.add(p.name()));
        for (String name : services.off()) {
            requireKnown(name, names, "switched off");
        }
        for (String name : services.ports().keySet()) {
            if (!name.equals("https")) {
                requireKnown(name, names, "moved");
            }
        }
        List<ServicePlan> out = new ArrayList<>();
        for (ServicePlan plan : usual) {
            if (services.runs(plan.name())) {
                out.add(new ServicePlan(plan.name(), services.port(plan.name(), plan.port()), plan.handler()));
            }
        }
        if (services.tls()) {
            ServicePlan http = usual.stream().filter(p -> p.name().equals("http")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(device.spec().kind()
                            + " has no web server to put TLS in front of"));
            certificates.register(device.address(), subject(device));
            out.add(new ServicePlan("https", services.port("https", HTTPS_PORT),
                    new TlsServer(http.handler(), certificates, device.context().readDeadline())));
        }
        return List.copyOf(out);
    }

    /**
     * The services a device of {@code spec} would run, without binding anything (checks a spec before a lab
     * starts); throws {@link IllegalArgumentException} like {@link #plan} does.
     */
    public static List<String> names(DeviceSpec spec) {
        LabContext context = new LabContext(Clock.systemUTC(), new Templates(), Duration.ofSeconds(1));
        SimDevice device = new SimDevice(spec, InetAddress.getLoopbackAddress(), context);
        return plan(device, new ServerCertificates(Clock.systemUTC())).stream().map(ServicePlan::name).toList();
    }

    /** The certificate subject: the spec's, or {@code CN=<device address>}. */
    public static String subject(SimDevice device) {
        Optional<String> subject = device.spec().services().tlsSubject();
        return subject.orElse("CN=" + device.host());
    }

    private static void requireKnown(String name, Set<String> names, String what) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException("service '" + name + "' cannot be " + what + ": this device runs "
                    + String.join(", ", names));
        }
    }
}
