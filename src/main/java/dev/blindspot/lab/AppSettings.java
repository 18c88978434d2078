package dev.blindspot.lab;

import java.util.List;

/**
 * Settings of the kinds that are applications or network gear rather than cameras (see {@link DeviceKind}).
 * Kinds that do not use a setting ignore it.
 *
 * @param loginRequired  the application's own login is on: Frigate {@code auth.enabled} (port 8971, default on),
 *                       ZoneMinder {@code OPT_USE_AUTH} (default off)
 * @param internalPortOpen Frigate's internal unauthenticated UI/API port 5000 is reachable (the docs' compose file
 *                       publishes it); planted for the frigate-unauthenticated-api check
 * @param portMappings   the UPnP router's port forwardings, in index order; one that points at a lab camera is
 *                       the weakness a future "camera exposed by UPnP port forwarding" check is for
 */
public record AppSettings(boolean loginRequired, boolean internalPortOpen, List<PortMapping> portMappings) {

    /** Login on, no internal port, no mappings. */
    public static final AppSettings DEFAULT = new AppSettings(true, false, List.of());

    public AppSettings {
        portMappings = List.copyOf(portMappings);
    }

    public AppSettings withLoginRequired(boolean required) {
        return new AppSettings(required, internalPortOpen, portMappings);
    }

    public AppSettings withInternalPortOpen(boolean open) {
        return new AppSettings(loginRequired, open, portMappings);
    }

    public AppSettings withPortMappings(List<PortMapping> mappings) {
        return new AppSettings(loginRequired, internalPortOpen, mappings);
    }
}
