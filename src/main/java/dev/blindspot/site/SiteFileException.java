package dev.blindspot.site;

/** A site file that cannot be used; the message names the file and what is wrong. */
public final class SiteFileException extends Exception {

    public SiteFileException(String message) {
        super(message);
    }

    public SiteFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
