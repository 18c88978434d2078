package dev.blindspot.lab.device;

import dev.blindspot.lab.server.HttpHandler;
import dev.blindspot.lab.server.HttpServer;
import dev.blindspot.lab.server.TlsServer;
import java.time.Duration;
import java.util.List;

/** Services of the VMS products of issue 4 (Agent DVR, Nx Witness, Synology Surveillance Station, UniFi Protect). */
final class VmsServices {

    private static final int MAX_HTTP_REQUESTS = 100;

    private VmsServices() {}

    static List<ServicePlan> plan(SimDevice device, Duration deadline) {
        return switch (device.spec().kind()) {
            case AGENT_DVR -> List.of(new ServicePlan("http", 8090, web(new AgentDvrWeb(device), deadline)));
            case NX_WITNESS -> List.of(new ServicePlan("http", 7001, web(new NxWitnessWeb(device), deadline)));
            case SYNOLOGY_SURVEILLANCE -> {
                SynologyWeb web = new SynologyWeb(device);
                yield List.of(new ServicePlan("http", 5000, web(web, deadline)),
                        new ServicePlan("https", 5001, new TlsServer(web(web, deadline), deadline)));
            }
            case UNIFI_PROTECT -> List.of(
                    new ServicePlan("https", 443, new TlsServer(web(UnifiProtectWeb.console(device), deadline), deadline)),
                    new ServicePlan("protect", 7443, new TlsServer(web(UnifiProtectWeb.protect(device), deadline),
                            deadline)));
            default -> throw new IllegalArgumentException("not a VMS product of issue 4: " + device.spec().kind());
        };
    }

    private static HttpServer web(HttpHandler handler, Duration deadline) {
        return new HttpServer(handler, deadline, MAX_HTTP_REQUESTS);
    }
}
