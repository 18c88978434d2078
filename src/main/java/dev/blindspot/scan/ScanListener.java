package dev.blindspot.scan;

/** Progress callbacks; called from many threads. */
public interface ScanListener {

    /** One more address finished; {@code done} of {@code total} so far, {@code live} had an open port. */
    void hostFinished(long done, long total, long live);

    ScanListener NONE = (done, total, live) -> { };
}
