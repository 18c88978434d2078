package dev.blindspot.credential;

import dev.blindspot.inventory.HttpObservation;
import dev.blindspot.inventory.Observation;
import java.util.List;

/** Small facts about a device's web ports from first-pass observations. */
final class WebObservations {

    private WebObservations() {}

    /** Whether {@code port} of {@code address} answered over TLS. */
    static boolean tls(List<Observation> observations, String address, int port) {
        return observations.stream().anyMatch(o -> o instanceof HttpObservation h && h.address().equals(address)
                && h.port() == port && h.tls() && h.outcome().answer().isPresent());
    }
}
