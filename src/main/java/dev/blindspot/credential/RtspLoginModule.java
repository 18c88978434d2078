package dev.blindspot.credential;

import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.RtspObservation;
import dev.blindspot.inventory.RtspReply;
import dev.blindspot.inventory.Secret;
import dev.blindspot.protocol.auth.Authorizer;
import dev.blindspot.protocol.auth.DigestAuthenticator;
import dev.blindspot.protocol.rtsp.RtspClient;
import dev.blindspot.protocol.rtsp.RtspLogin;
import dev.blindspot.protocol.rtsp.RtspProbe;
import dev.blindspot.protocol.rtsp.RtspRequest;
import dev.blindspot.protocol.rtsp.RtspSession;
import dev.blindspot.protocol.rtsp.RtspUri;
import dev.blindspot.scan.ProbeOutcome;
import inet.ipaddr.IPAddressString;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * RTSP Basic/Digest logins on {@code DESCRIBE} ({@link RtspLogin}), with route discovery. How the port answers a path
 * that cannot exist (the first pass's random DESCRIBE, or one of our own) decides the route:
 * <ul>
 *   <li>200: the server answers anything without credentials, so a 200 after credentials proves nothing: no target
 *       (the open stream is the rtsp-unauthenticated-stream check's business);</li>
 *   <li>401: it checks credentials before it looks the path up: any route will do, the vendor's first is taken, and
 *       a 404/454 after credentials still means they passed;</li>
 *   <li>404/454 (routes first): a route that challenged in the first pass, else the vendor's routes then cameradar's
 *       generic ones are asked without credentials, at most {@link #MAX_DISCOVERY_REQUESTS} requests, until one
 *       answers 401; none: no target.</li>
 * </ul>
 */
public final class RtspLoginModule implements LoginModule {

    /** Cap on the unauthenticated DESCRIBEs of route discovery, per port (the login attempts have their own budget). */
    public static final int MAX_DISCOVERY_REQUESTS = 12;
    static final String CHECKED_FIRST = "credentials-before-routing";

    private final RtspClient client;
    private final RtspLogin login;
    private final RtspRoutes routes;
    private final RandomGenerator random;

    public RtspLoginModule(RtspClient client, RtspRoutes routes, RandomGenerator random) {
        this.client = client;
        this.login = new RtspLogin(client, new Authorizer(DigestAuthenticator.withRandom(random)));
        this.routes = routes;
        this.random = random;
    }

    @Override
    public String name() {
        return "rtsp";
    }

    @Override
    public String credentialProtocol() {
        return "rtsp";
    }

    @Override
    public List<LoginTarget> targets(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
        Map<Integer, List<RtspObservation>> byPort = new LinkedHashMap<>();
        for (Observation o : observations) {
            if (o instanceof RtspObservation r && r.address().equals(address) && r.outcome().answer().isPresent()) {
                byPort.computeIfAbsent(r.port(), p -> new ArrayList<>()).add(r);
            }
        }
        Optional<InetAddress> ip = literal(address);
        if (ip.isEmpty()) {
            return List.of();
        }
        List<LoginTarget> out = new ArrayList<>();
        byPort.forEach((port, seen) -> plan(ip.get(), address, port, seen, vendor).ifPresent(out::add));
        return out;
    }

    private Optional<LoginTarget> plan(InetAddress ip, String address, int port, List<RtspObservation> seen,
                                       Optional<VendorProfile> vendor) {
        Optional<Integer> wrongPath = seen.stream()
                .filter(o -> o.method().equals("DESCRIBE") && o.path().startsWith(RtspProbe.RANDOM_PATH_PREFIX))
                .map(o -> o.outcome().answer().get().status()).findFirst();
        int status = wrongPath.orElseGet(() -> {
            try (RtspSession session = client.open(ip, port)) {
                String random = RtspProbe.RANDOM_PATH_PREFIX + String.format("%08x", this.random.nextInt());
                return describe(session, ip, port, random).map(RtspReply::status).orElse(-1);
            }
        });
        if (status == 401) {
            String route = routes.vendorRoutes(vendor).stream().findFirst().or(() -> challenged(seen)).orElse("/");
            return Optional.of(new LoginTarget(address, port, false, route, CHECKED_FIRST));
        }
        if (status != 404 && status != 454) {
            return Optional.empty();
        }
        Optional<String> known = challenged(seen);
        if (known.isPresent()) {
            return Optional.of(new LoginTarget(address, port, false, known.get()));
        }
        try (RtspSession session = client.open(ip, port)) {
            List<String> candidates = routes.forVendor(vendor);
            for (int i = 0; i < Math.min(candidates.size(), MAX_DISCOVERY_REQUESTS); i++) {
                Optional<RtspReply> reply = describe(session, ip, port, candidates.get(i));
                if (reply.isEmpty() || reply.get().status() == 200) {
                    return Optional.empty();
                }
                if (reply.get().status() == 401) {
                    return Optional.of(new LoginTarget(address, port, false, candidates.get(i)));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> challenged(List<RtspObservation> seen) {
        return seen.stream().filter(o -> o.method().equals("DESCRIBE")
                        && !o.path().startsWith(RtspProbe.RANDOM_PATH_PREFIX)
                        && o.outcome().answer().get().status() == 401)
                .map(RtspObservation::path).findFirst();
    }

    private static Optional<RtspReply> describe(RtspSession session, InetAddress ip, int port, String path) {
        ProbeOutcome<RtspReply> outcome = session.send(RtspRequest.describe(RtspUri.of(ip, port, path)));
        return outcome.answer();
    }

    @Override
    public LoginAttempt attempt(LoginTarget target, String username, Secret password) {
        Optional<InetAddress> ip = literal(target.address());
        if (ip.isEmpty()) {
            return new LoginAttempt(new dev.blindspot.inventory.LoginResult.Failed("not an IP address literal"), "rtsp");
        }
        RtspLogin.Attempt a = login.attempt(ip.get(), target.port(), target.path(), username, password,
                target.detail().equals(CHECKED_FIRST));
        return new LoginAttempt(a.result(), a.protocol());
    }

    static Optional<InetAddress> literal(String address) {
        var ip = new IPAddressString(address).getAddress();
        return ip == null ? Optional.empty() : Optional.of(ip.toInetAddress());
    }
}
