package dev.blindspot.cli;

/** Process exit codes; part of the CLI contract. */
public final class ExitCodes {
    /** Scan ran (or command succeeded) and nothing at or above --fail-on was found. */
    public static final int OK = 0;
    /** Findings at or above --fail-on. */
    public static final int FINDINGS = 1;
    /** Bad usage: unknown option, bad target, scope too large without --yes. */
    public static final int USAGE = 2;
    /** The scan could not be carried out or its report not written. */
    public static final int SCAN_FAILED = 3;

    private ExitCodes() {
    }
}
