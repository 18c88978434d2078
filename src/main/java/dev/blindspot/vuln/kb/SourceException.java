package dev.blindspot.vuln.kb;

/** An input file that cannot be used (too large, not JSON, truncated, not the expected shape); names the file. */
public final class SourceException extends Exception {

    private final String file;

    public SourceException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** The reason without the file name. */
    public String reason() {
        return getMessage().substring(file.length() + 2);
    }
}
