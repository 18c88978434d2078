package dev.blindspot.protocol.active;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One side of a safe active check's judgement ({@code vulnerable} or {@code notVulnerable} in
 * {@code vuln/active-checks.yaml}): every part that is given must hold. Status in {@code status}; the body holds
 * all of {@code bodyAll}, at least one of {@code bodyAny}, none of {@code bodyNone}; the header block holds all of
 * {@code headerAll}, one of {@code headerAny} and none of {@code headerNone}. Words are plain substrings (no regular expressions, no DSL),
 * case-sensitive unless {@code caseInsensitive}.
 */
public record ResponseMatcher(List<Integer> status, List<String> bodyAll, List<String> bodyAny, List<String> bodyNone,
                              List<String> headerAll, List<String> headerAny, List<String> headerNone,
                              boolean caseInsensitive) {

    public ResponseMatcher {
        status = List.copyOf(status);
        bodyAll = List.copyOf(bodyAll);
        bodyAny = List.copyOf(bodyAny);
        bodyNone = List.copyOf(bodyNone);
        headerAll = List.copyOf(headerAll);
        headerAny = List.copyOf(headerAny);
        headerNone = List.copyOf(headerNone);
        if (status.isEmpty() && bodyAll.isEmpty() && bodyAny.isEmpty() && bodyNone.isEmpty() && headerAll.isEmpty()
                && headerAny.isEmpty() && headerNone.isEmpty()) {
            throw new IllegalArgumentException("a matcher needs at least one condition");
        }
    }

    /**
     * The markers that made the match (status first, then the words found), or empty when any part fails.
     *
     * @param headers the response's header lines as {@code Name: value}, one per line
     * @param body    the response body as read (capped), decoded as ISO-8859-1
     */
    public Optional<List<String>> match(int statusCode, String headers, String body) {
        List<String> markers = new ArrayList<>();
        if (!status.isEmpty()) {
            if (!status.contains(statusCode)) {
                return Optional.empty();
            }
            markers.add("status " + statusCode);
        }
        String b = fold(body);
        String h = fold(headers);
        if (!all(b, bodyAll, markers) || !any(b, bodyAny, markers) || !all(h, headerAll, markers)
                || !any(h, headerAny, markers)) {
            return Optional.empty();
        }
        if (!none(b, bodyNone, markers) || !none(h, headerNone, markers)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(markers));
    }

    private boolean all(String text, List<String> words, List<String> markers) {
        for (String w : words) {
            if (!text.contains(fold(w))) {
                return false;
            }
        }
        markers.addAll(words);
        return true;
    }

    private boolean none(String text, List<String> words, List<String> markers) {
        for (String w : words) {
            if (text.contains(fold(w))) {
                return false;
            }
        }
        if (!words.isEmpty()) {
            markers.add("none of " + words);
        }
        return true;
    }

    private boolean any(String text, List<String> words, List<String> markers) {
        if (words.isEmpty()) {
            return true;
        }
        for (String w : words) {
            if (text.contains(fold(w))) {
                markers.add(w);
                return true;
            }
        }
        return false;
    }

    private String fold(String s) {
        return caseInsensitive ? s.toLowerCase(Locale.ROOT) : s;
    }
}
