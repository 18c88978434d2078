package dev.blindspot.credential;

import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.Observation;
import dev.blindspot.inventory.VendorApiObservation;
import java.util.List;
import java.util.stream.Stream;

/** Small facts about a device's web ports from first-pass observations. */
final class WebObservations {

    private WebObservations() {}

    /** Whether {@code port} of {@code address} answered over TLS. */
    static boolean tls(List<Observation> observations, String address, int port) {
        return observations.stream().anyMatch(o -> o instanceof HttpObservation h && h.address().equals(address)
                && h.port() == port && h.tls() && h.outcome().answer().isPresent());
    }

    /** Login targets at {@code path} on each web port where the vendor API {@code api} answered 401 without a login. */
    static List<LoginTarget> whereApiAskedForLogin(List<Observation> observations, String address, String api, String path) {
        return observations.stream()
                .flatMap(o -> o instanceof VendorApiObservation v && v.address().equals(address) && v.api().equals(api)
                        && v.outcome().answer().map(r -> r.status() == 401).orElse(false) ? Stream.of(v) : Stream.empty())
                .map(v -> new LoginTarget(address, v.port(), tls(observations, address, v.port()), path))
                .distinct().toList();
    }
}
