package dev.blindspot.lab.device;

import java.time.Clock;
import java.time.Duration;

/**
 * What every device of one lab shares: the clock (Date headers, lockout, ONVIF time), the templates, the read
 * deadline every server applies per request, and the TLS certificates of devices that speak HTTPS.
 */
public record LabContext(Clock clock, Templates templates, Duration readDeadline, DeviceCertificates certificates) {

    /** A context with its own (lazily loaded) certificates. */
    public LabContext(Clock clock, Templates templates, Duration readDeadline) {
        this(clock, templates, readDeadline, new DeviceCertificates());
    }
}
