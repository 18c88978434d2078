package dev.blindspot.lab.device;

import java.time.Duration;

/** What a device made of the credentials on one request. */
sealed interface AuthOutcome {

    /** No (usable) credentials were sent. */
    record Missing() implements AuthOutcome {}

    record Accepted(String username) implements AuthOutcome {}

    record Rejected(String username) implements AuthOutcome {}

    /** The client is locked out (possibly by this very attempt); nothing is accepted until the lock ends. */
    record Locked(String username, Duration remaining) implements AuthOutcome {}

    AuthOutcome MISSING = new Missing();

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
