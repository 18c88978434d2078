package dev.blindspot.protocol.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One authentication challenge from a {@code WWW-Authenticate} header (RFC 7235): a scheme and its auth-params.
 *
 * @param scheme  the scheme as sent (compare with {@link #isScheme})
 * @param params  auth-params, names lower-cased, values unquoted and unescaped, in the order sent (first wins)
 * @param token68 the token68 form (e.g. {@code Negotiate abc==}) when the challenge used it
 */
public record AuthChallenge(String scheme, Map<String, String> params, Optional<String> token68) {

    public AuthChallenge {
        Objects.requireNonNull(scheme, "scheme");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Objects.requireNonNull(token68, "token68");
    }

    /** Parses one header value, which may hold several challenges. */
    public static List<AuthChallenge> parse(String headerValue) throws AuthException {
        return ChallengeParser.parse(headerValue);
    }

    /** Parses every {@code WWW-Authenticate} value of a response, in order. */
    public static List<AuthChallenge> parseAll(List<String> headerValues) throws AuthException {
        List<AuthChallenge> all = new java.util.ArrayList<>();
        for (String value : headerValues) {
            all.addAll(parse(value));
        }
        return List.copyOf(all);
    }

    public boolean isScheme(String name) {
        return scheme.equalsIgnoreCase(name);
    }

    /** An auth-param by case-insensitive name. */
    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> realm() {
        return param("realm");
    }

    /** True when {@code stale} is present and {@code true} in any letter case (RFC 7616). */
    public boolean stale() {
        return param("stale").map(s -> s.equalsIgnoreCase("true")).orElse(false);
    }
}
