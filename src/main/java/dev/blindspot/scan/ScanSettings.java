package dev.blindspot.scan;

import java.time.Duration;

/**
 * How a scan runs.
 *
 * @param concurrency        connections open at once across the whole scan
 * @param perHostConcurrency connections open at once to one host
 * @param timeout            deadline of one probe exchange (connect + request + response)
 */
public record ScanSettings(PortSet ports, ScanProfile profile, int concurrency, int perHostConcurrency,
                           Duration timeout) {

    public ScanSettings {
        if (concurrency < 1 || perHostConcurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    public static ScanSettings defaults() {
        return new ScanSettings(PortSet.cameraDefaults(), ScanProfile.standard(), 256, 4, Duration.ofSeconds(3));
    }

    public ScanSettings withPorts(PortSet newPorts) {
        return new ScanSettings(newPorts, profile, concurrency, perHostConcurrency, timeout);
    }
}
