package dev.blindspot.credential;

import java.util.Optional;

/**
 * The operator's choices for the credential pass.
 *
 * @param maxAttempts   failed attempts allowed per account per device per 30 minutes ({@code --max-attempts}); lowered
 *                      per device to {@code threshold - 1} for vendors known to lock
 * @param operator      credentials of {@code --credentials FILE}, tried first
 * @param weakPasswords whether the small weak-password list is tried after the vendor defaults
 */
public record CredentialSettings(int maxAttempts, Optional<OperatorCredentials> operator, boolean weakPasswords) {

    public CredentialSettings {
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("--max-attempts must be between 1 and 100, not " + maxAttempts);
        }
    }

    /** Vendor defaults only, 3 failures per account. */
    public static CredentialSettings defaults() {
        return new CredentialSettings(AttemptBudget.DEFAULT_MAX_FAILURES_PER_ACCOUNT, Optional.empty(), false);
    }
}
