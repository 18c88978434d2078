package dev.blindspot.lab;

/** The lab would need more file descriptors than the process may open; thrown before anything is bound. */
public final class LabCapacityException extends IllegalStateException {

    private final long needed;

    public LabCapacityException(String message, long needed) {
        super(message);
        this.needed = needed;
    }

    /** Descriptors the lab would need. */
    public long needed() {
        return needed;
    }
}
