package dev.blindspot.inventory;

/**
 * A typed fact a probe collected about one address. Probes produce observations; they never judge.
 * Every variant lives in this package so checks can switch over them exhaustively.
 */
public sealed interface Observation
        permits OpenPort, HttpObservation, RtspObservation, OnvifObservation, BannerObservation, LoginObservation,
                VendorApiObservation, MacObservation, DiscoveryObservation,
                FaviconObservation, ActiveCheckObservation, UpnpIgdObservation, RouterConfigObservation,
                ExposureSettingObservation {

    /** Canonical textual address (as printed by {@code InetAddress#getHostAddress}). */
    String address();

    /** The port the observation is about; 0 for host-level facts (a MAC address). */
    int port();
}
