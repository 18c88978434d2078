package dev.blindspot.vuln.overlay;

/** An overlay file or entry that is malformed; the message names the file and entry. */
public final class OverlayException extends RuntimeException {
    public OverlayException(String message) {
        super(message);
    }
}
