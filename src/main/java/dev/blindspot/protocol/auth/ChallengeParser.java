package dev.blindspot.protocol.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses {@code WWW-Authenticate} values (RFC 7235 section 4.1) with the tolerance real devices need: missing
 * spaces after commas, unquoted values ({@code stale=FALSE}), missing commas after quoted values, empty list
 * elements. Input is bounded to {@link #MAX_LENGTH} characters.
 */
final class ChallengeParser {

    /** Longest header value we parse. */
    static final int MAX_LENGTH = 4096;

    private final String s;
    private int pos;

    private ChallengeParser(String s) {
        this.s = s;
    }

    static List<AuthChallenge> parse(String value) throws AuthException {
        if (value.length() > MAX_LENGTH) {
            throw new AuthException("challenge longer than " + MAX_LENGTH + " characters");
        }
        return new ChallengeParser(value).challenges();
    }

    private List<AuthChallenge> challenges() throws AuthException {
        List<AuthChallenge> out = new ArrayList<>();
        skipSeparators();
        while (!atEnd()) {
            String scheme = token();
            if (scheme.isEmpty()) {
                throw unexpected();
            }
            out.add(challengeBody(scheme));
            skipSeparators();
        }
        if (out.isEmpty()) {
            throw new AuthException("no challenge in header");
        }
        return out;
    }

    /** Reads auth-params (or a token68) until the next challenge's scheme or the end. */
    private AuthChallenge challengeBody(String scheme) throws AuthException {
        Map<String, String> params = new LinkedHashMap<>();
        Optional<String> token68 = Optional.empty();
        boolean sawComma = false;
        while (true) {
            sawComma |= skipSeparators();
            if (atEnd()) {
                break;
            }
            int mark = pos;
            String name = token();
            if (name.isEmpty()) {
                throw unexpected();
            }
            skipSpaces();
            boolean first = params.isEmpty() && token68.isEmpty() && !sawComma;
            if (peek() == '=') {
                pos++;
                if (first && (atEnd() || peek() == '=' || peek() == ',')) {
                    token68 = Optional.of(name + "=" + equalsSigns());
                    continue;
                }
                skipSpaces();
                String value = peek() == '"' ? quoted() : unquoted();
                params.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
            } else if (first && (atEnd() || peek() == ',')) {
                token68 = Optional.of(name);
            } else {
                pos = mark; // a token not followed by '=' starts the next challenge
                break;
            }
        }
        return new AuthChallenge(scheme, params, token68);
    }

    private String quoted() throws AuthException {
        int start = pos;
        pos++; // opening quote
        StringBuilder out = new StringBuilder();
        while (!atEnd()) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\' && !atEnd()) {
                c = s.charAt(pos++);
            }
            out.append(c);
        }
        throw new AuthException("unterminated quoted string at position " + start);
    }

    /** An unquoted value: everything up to a comma or whitespace (tolerates non-token characters). */
    private String unquoted() {
        int start = pos;
        while (!atEnd() && peek() != ',' && !isSpace(peek())) {
            pos++;
        }
        return s.substring(start, pos);
    }

    private String token() {
        int start = pos;
        while (!atEnd() && isTokenChar(peek())) {
            pos++;
        }
        return s.substring(start, pos);
    }

    private String equalsSigns() {
        int start = pos;
        while (!atEnd() && peek() == '=') {
            pos++;
        }
        return s.substring(start, pos);
    }

    /** Skips whitespace and commas; says whether a comma was among them. */
    private boolean skipSeparators() {
        boolean comma = false;
        while (!atEnd() && (isSpace(peek()) || peek() == ',')) {
            comma |= s.charAt(pos++) == ',';
        }
        return comma;
    }

    private void skipSpaces() {
        while (!atEnd() && isSpace(peek())) {
            pos++;
        }
    }

    private AuthException unexpected() {
        char c = s.charAt(pos);
        String shown = c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
        return new AuthException("unexpected character " + shown + " at position " + pos);
    }

    private boolean atEnd() {
        return pos >= s.length();
    }

    private char peek() {
        return atEnd() ? '\0' : s.charAt(pos);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** RFC 7230 tchar, plus '/' so token68 values such as base64 read as one token. */
    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~/".indexOf(c) >= 0;
    }
}
