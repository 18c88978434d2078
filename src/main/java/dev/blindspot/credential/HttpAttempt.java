package dev.blindspot.credential;

import dev.blindspot.inventory.LoginResult;

/**
 * The outcome of one {@link HttpLogin} attempt.
 *
 * @param protocol {@code http-basic} or {@code http-digest} when credentials were sent, {@code http} when the
 *                 device never asked for them
 */
public record HttpAttempt(LoginResult result, String protocol) {}
