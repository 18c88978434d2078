package dev.blindspot.scan;

/** A TCP port to probe and the service Blindspot expects there (decides which protocol probes run). */
public record PortSpec(int port, String service) {
    public PortSpec {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is outside 1-65535");
        }
        if (!service.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("service name '" + service + "' must be lower-case letters, digits or '-'");
        }
    }
}
