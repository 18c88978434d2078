package dev.blindspot.inventory;

/** How a device answered one login attempt. */
public sealed interface LoginResult {
    record Accepted() implements LoginResult {}
    record Rejected() implements LoginResult {}
    /** The device said the account or the client is locked, or started refusing us. */
    record LockoutSignal(String signal) implements LoginResult {}
    /** The attempt did not complete (network trouble, protocol error); says nothing about the password. */
    record Failed(String reason) implements LoginResult {}
}
