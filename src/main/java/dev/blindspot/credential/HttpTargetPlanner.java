package dev.blindspot.credential;

import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.HttpReply;
import dev.blindspot.inventory.Observation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses where to make HTTP login attempts from a device's first-pass observations: one target per HTTP port,
 * best first. A port that answered 401 with a Basic/Digest challenge uses that path (the vendor's login path when
 * it was among them); a port that answered but asked for nothing gets the vendor's first login path, tried last
 * (if it does not challenge, no credentials are sent).
 */
final class HttpTargetPlanner {

    private HttpTargetPlanner() {}

    static List<HttpTarget> plan(String address, List<Observation> observations, Optional<VendorProfile> vendor) {
        Map<PortKey, List<String>> challenged = new LinkedHashMap<>();
        Map<PortKey, Boolean> answered = new LinkedHashMap<>();
        for (Observation o : observations) {
            if (o instanceof HttpObservation h && h.address().equals(address) && h.outcome().answer().isPresent()) {
                PortKey key = new PortKey(h.port(), h.tls());
                answered.put(key, true);
                if (demandsBasicOrDigest(h.outcome().answer().get())) {
                    challenged.computeIfAbsent(key, k -> new ArrayList<>()).add(h.path());
                }
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        challenged.forEach((key, paths) -> {
            Optional<String> vendorPath = paths.stream().filter(p -> vendor.map(v -> v.isLoginPath(p)).orElse(false))
                    .findFirst();
            ranked.add(new Ranked(vendorPath.isPresent() ? 0 : 1,
                    new HttpTarget(address, key.port(), key.tls(), vendorPath.orElse(paths.getFirst()))));
        });
        Optional<String> guess = vendor.flatMap(v -> v.loginPaths().stream().findFirst()).map(VendorProfile.LoginPath::path);
        if (guess.isPresent()) {
            answered.keySet().stream().filter(k -> !challenged.containsKey(k))
                    .forEach(k -> ranked.add(new Ranked(2, new HttpTarget(address, k.port(), k.tls(), guess.get()))));
        }
        return ranked.stream()
                .sorted(Comparator.comparingInt(Ranked::rank).thenComparingInt(r -> r.target().port()))
                .map(Ranked::target)
                .toList();
    }

    /**
     * Every port of {@code address} whose {@code GET /} answered, as a target for {@code path}: HTTPS first (the
     * credential then crosses the network encrypted), then by port. For vendors whose login is their own API.
     */
    static List<HttpTarget> webPorts(String address, List<Observation> observations, String path) {
        Map<PortKey, Boolean> answered = new LinkedHashMap<>();
        for (Observation o : observations) {
            if (o instanceof HttpObservation h && h.address().equals(address) && h.outcome().answer().isPresent()
                    && h.path().equals("/")) {
                answered.put(new PortKey(h.port(), h.tls()), true);
            }
        }
        return answered.keySet().stream()
                .sorted(Comparator.comparing((PortKey k) -> !k.tls()).thenComparingInt(PortKey::port))
                .map(k -> new HttpTarget(address, k.port(), k.tls(), path))
                .toList();
    }

    static boolean demandsBasicOrDigest(HttpReply reply) {
        return reply.status() == 401 && reply.headers().all("WWW-Authenticate").stream()
                .map(v -> v.trim().toLowerCase(Locale.ROOT))
                .anyMatch(v -> v.startsWith("basic") || v.startsWith("digest"));
    }

    private record PortKey(int port, boolean tls) {}

    private record Ranked(int rank, HttpTarget target) {}
}
