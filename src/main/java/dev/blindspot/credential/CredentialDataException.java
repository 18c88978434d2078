package dev.blindspot.credential;

/** The default-credential data is malformed; the message names the file and the offending entry. */
public final class CredentialDataException extends RuntimeException {

    public CredentialDataException(String message) {
        super(message);
    }

    public CredentialDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
