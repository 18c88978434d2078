package dev.blindspot.exposure.routerconfig;

/**
 * A router configuration that cannot be read: unreadable, too large, of an unknown format, or malformed. The
 * message names the file and, where there is one, the line; it is meant for the operator as it is.
 */
public final class RouterConfigException extends Exception {

    private final String file;
    private final int line;

    /** {@code line} 0 when the problem is the file as a whole. */
    public RouterConfigException(String file, int line, String problem) {
        super("router config " + file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
