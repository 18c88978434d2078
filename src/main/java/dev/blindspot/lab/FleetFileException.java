package dev.blindspot.lab;

/** A fleet file that cannot be used; the message names the file, the entry and the field. */
public final class FleetFileException extends Exception {

    public FleetFileException(String message) {
        super(message);
    }

    public FleetFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
