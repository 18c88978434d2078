package dev.blindspot.protocol.rtsp;

import dev.blindspot.inventory.RtspObservation;
import dev.blindspot.inventory.RtspReply;
import dev.blindspot.scan.ProbeOutcome;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Looks at one RTSP port without credentials, on one session, with a cap per purpose: {@code OPTIONS /} (one);
 * {@code DESCRIBE} on a random path that cannot exist (one; its path starts with {@link #RANDOM_PATH_PREFIX}) to learn
 * whether the server answers any path; then {@code DESCRIBE} on the candidate routes in order (at most
 * {@link #MAX_ROUTE_REQUESTS}), stopping at the first that does not answer 404 or 454 (when the invented path was
 * answered 200, a 200 without media lines does not stop it either: such a server answers every path). So at most
 * {@link #MAX_REQUESTS} requests in all. Stops early when OPTIONS or the random DESCRIBE gets no RTSP answer at all.
 * (The credential pass has its own route discovery with the fingerprinted vendor's routes, capped separately.)
 */
public final class RtspProbe {

    /** Paths of the "does any path answer?" request start with this, followed by 8 hex digits. */
    public static final String RANDOM_PATH_PREFIX = "/blindspot-";

    /** Upper bound of route DESCRIBEs (after OPTIONS and the random path) sent to one port by one {@link #probe}. */
    public static final int MAX_ROUTE_REQUESTS = 8;

    /** Upper bound of requests sent to one port by one {@link #probe}: OPTIONS, the random path and the routes. */
    public static final int MAX_REQUESTS = 2 + MAX_ROUTE_REQUESTS;

    /** Common stream routes of the big vendors (generic, Hikvision, Dahua, Reolink, generic, TP-Link, Axis). */
    public static final List<String> DEFAULT_ROUTES = List.of("/", "/Streaming/Channels/101",
            "/cam/realmonitor?channel=1&subtype=0", "/h264Preview_01_main", "/live", "/stream1",
            "/axis-media/media.amp");

    private final RtspClient client;
    private final RandomGenerator random;
    private final List<String> routes;

    public RtspProbe(RtspClient client, RandomGenerator random, List<String> routes) {
        this.client = Objects.requireNonNull(client, "client");
        this.random = Objects.requireNonNull(random, "random");
        this.routes = List.copyOf(routes);
        for (String route : this.routes) {
            if (!route.startsWith("/")) {
                throw new IllegalArgumentException("route must start with '/': " + route);
            }
        }
    }

    public List<RtspObservation> probe(InetAddress address, int port) {
        List<RtspObservation> seen = new ArrayList<>();
        try (RtspSession session = client.open(address, port)) {
            RtspObservation options = send(session, address, port, "OPTIONS", "/");
            seen.add(options);
            if (options.outcome().answer().isEmpty()) {
                return seen;
            }
            String randomPath = RANDOM_PATH_PREFIX + String.format("%08x", random.nextInt());
            RtspObservation any = send(session, address, port, "DESCRIBE", randomPath);
            seen.add(any);
            if (any.outcome().answer().isEmpty()) {
                return seen;
            }
            // a server that answers 200 to an invented path says nothing by a bare 200: go on until media comes back
            boolean anyPath = any.outcome().answer().map(r -> r.status() == 200).orElse(false);
            int routesSent = 0;
            for (String route : routes) {
                if (routesSent++ >= MAX_ROUTE_REQUESTS) {
                    break;
                }
                RtspObservation o = send(session, address, port, "DESCRIBE", route);
                seen.add(o);
                if (!notFound(o.outcome()) && !(anyPath && okWithoutMedia(o.outcome()))) {
                    break;
                }
            }
        }
        return List.copyOf(seen);
    }

    private static boolean okWithoutMedia(ProbeOutcome<RtspReply> outcome) {
        return outcome.answer().map(r -> r.status() == 200
                && r.body().lines().noneMatch(l -> l.startsWith("m=video") || l.startsWith("m=audio"))).orElse(false);
    }

    private static boolean notFound(ProbeOutcome<RtspReply> outcome) {
        return outcome.answer().map(r -> r.status() == 404 || r.status() == 454).orElse(false);
    }

    private static RtspObservation send(RtspSession session, InetAddress address, int port, String method,
                                        String path) {
        String uri = RtspUri.of(address, port, path);
        RtspRequest request = method.equals("OPTIONS") ? RtspRequest.options(uri) : RtspRequest.describe(uri);
        return new RtspObservation(address.getHostAddress(), port, method, path, session.send(request));
    }
}
