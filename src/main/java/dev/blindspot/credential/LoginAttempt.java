package dev.blindspot.credential;

import dev.blindspot.inventory.LoginResult;

/**
 * The outcome of one {@link LoginModule} attempt.
 *
 * @param protocol what was spoken, as reported in the login observation: {@code http-digest}, {@code rtsp-basic},
 *                 {@code onvif-wsse}, {@code onvif-http-digest}, {@code dvrip}, {@code dahua-rpc2}, ...
 */
public record LoginAttempt(LoginResult result, String protocol) {

    static LoginAttempt of(HttpAttempt a) {
        return new LoginAttempt(a.result(), a.protocol());
    }
}
