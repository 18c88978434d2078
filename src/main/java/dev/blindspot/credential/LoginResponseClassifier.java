package dev.blindspot.credential;

import dev.blindspot.inventory.LoginResult;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one HTTP login response: accepted, rejected, a lockout signal, or no verdict. Pure; the reasons it
 * gives are fixed phrases and numbers, never text copied from the body.
 */
final class LoginResponseClassifier {

    /** A device that says this few attempts are left is treated as about to lock. */
    static final int MIN_ATTEMPTS_LEFT = 2;

    private static final Pattern HIK_LOCKED = Pattern.compile("(?i)<lockStatus>\\s*lock\\s*</lockStatus>");
    private static final Pattern HIK_UNLOCK_TIME = Pattern.compile("(?i)<unlockTime>\\s*([1-9]\\d{0,8})\\s*</unlockTime>");
    private static final Pattern HIK_RETRIES_LEFT = Pattern.compile("(?i)<retryLoginTime>\\s*(\\d{1,9})\\s*</retryLoginTime>");
    private static final Pattern ATTEMPTS_LEFT = Pattern.compile("(?i)you still have (\\d{1,9}) attempt");
    private static final Pattern LOCKED_WORD = Pattern.compile("(?i)\\b(user|account)?locked\\b");
    private static final Pattern TOO_MANY = Pattern.compile("(?i)too many (failed|login|attempts|requests)");
    private static final Pattern HIK_STATUS_401 = Pattern.compile("(?i)<statusValue>\\s*401\\s*</statusValue>");

    private LoginResponseClassifier() {}

    /**
     * @param status         the final HTTP status
     * @param body           the first bytes of the body (bounded)
     * @param credentialsSent whether an Authorization header was sent in this exchange
     */
    static LoginResult classify(int status, String body, boolean credentialsSent) {
        Optional<String> lock = lockSignal(status, body);
        if (lock.isPresent()) {
            return new LoginResult.LockoutSignal(lock.get());
        }
        if (!credentialsSent) {
            return new LoginResult.Failed(status == 401
                    ? "HTTP 401 without a Basic or Digest challenge we can answer; no credentials sent"
                    : "HTTP " + status + " without an authentication challenge; no credentials sent");
        }
        if (status >= 200 && status < 300) {
            // Older Hikvision userCheck answers HTTP 200 with <statusValue>401</statusValue> on a wrong password.
            return HIK_STATUS_401.matcher(body).find() ? new LoginResult.Rejected() : new LoginResult.Accepted();
        }
        if (status == 401) {
            return new LoginResult.Rejected();
        }
        return new LoginResult.Failed("unexpected HTTP " + status + " to an authenticated request");
    }

    static Optional<String> lockSignal(int status, String body) {
        if (status == 403) {
            return Optional.of("HTTP 403 Forbidden");
        }
        if (status == 429) {
            return Optional.of("HTTP 429 Too Many Requests");
        }
        if (status == 490) {
            // Hanwha SUNAPI: the account is blocked after failed logins (the lab's HanwhaWeb; Nx Witness' driver)
            return Optional.of("HTTP 490 account blocked (Hanwha)");
        }
        if (HIK_LOCKED.matcher(body).find()) {
            return Optional.of("device reports lockStatus lock");
        }
        Matcher unlock = HIK_UNLOCK_TIME.matcher(body);
        if (unlock.find()) {
            return Optional.of("device reports unlockTime " + unlock.group(1) + " s");
        }
        Optional<String> fewLeft = attemptsLeft(body).filter(n -> n <= MIN_ATTEMPTS_LEFT)
                .map(n -> "device reports " + n + " login attempt(s) left");
        if (fewLeft.isPresent()) {
            return fewLeft;
        }
        boolean success = status >= 200 && status < 300;
        if (!success && LOCKED_WORD.matcher(body).find()) {
            return Optional.of("response says locked");
        }
        if (!success && TOO_MANY.matcher(body).find()) {
            return Optional.of("response says too many attempts");
        }
        return Optional.empty();
    }

    private static Optional<Integer> attemptsLeft(String body) {
        for (Pattern p : new Pattern[] {HIK_RETRIES_LEFT, ATTEMPTS_LEFT}) {
            Matcher m = p.matcher(body);
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(1)));
            }
        }
        return Optional.empty();
    }
}
