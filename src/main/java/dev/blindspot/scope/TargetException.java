package dev.blindspot.scope;

/** A target or exclusion the user wrote that cannot be understood; the message names it. */
public final class TargetException extends Exception {
    public TargetException(String message) {
        super(message);
    }
}
