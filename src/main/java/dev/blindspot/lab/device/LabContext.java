package dev.blindspot.lab.device;

import java.time.Clock;
import java.time.Duration;

/**
 * What every device of one lab shares: the clock (Date headers, lockout, ONVIF time), the templates, and the
 * read deadline every server applies per request.
 */
public record LabContext(Clock clock, Templates templates, Duration readDeadline) {}
