package dev.blindspot.inventory;

import dev.blindspot.scan.ProbeOutcome;

/** Whether a safe active check was sent to a device and, if so, what it came to. */
public sealed interface ActiveCheckRun {

    /** Nothing was sent: the profile forbids it ({@code profile safe}) or the check is intrusive. */
    record Skipped(String reason) implements ActiveCheckRun {}

    /**
     * The check's requests were sent ({@code requests} of them, a logout included); {@code outcome} is the
     * verdict when the device answered, else why it did not (refused, timed out, protocol error).
     */
    record Sent(int requests, ProbeOutcome<ActiveCheckVerdict> outcome) implements ActiveCheckRun {

        public Sent {
            if (requests < 0) {
                throw new IllegalArgumentException("requests must be >= 0");
            }
        }
    }
}
