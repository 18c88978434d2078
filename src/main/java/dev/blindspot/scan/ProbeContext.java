package dev.blindspot.scan;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every probe is handed: its deadline, the watchdog that enforces total deadlines by closing sockets,
 * and the profile that says how far probes may go.
 */
public record ProbeContext(Duration timeout, ScheduledExecutorService watchdog, ScanProfile profile) {}
