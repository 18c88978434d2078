package dev.blindspot.protocol.active;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The YAML shape of {@code vuln/active-checks.yaml}, as Jackson reads it (validated by {@link ActiveChecks}). */
final class Shapes {

    private Shapes() {
    }

    record FileShape(int version, List<CheckShape> checks) {}

    record CheckShape(String id, String cve, String title, List<String> vendors, Boolean intrusive, String kev,
                      List<RequestShape> requests, MatcherShape vulnerable,
                      @JsonProperty("notVulnerable") MatcherShape notVulnerable, LogoutShape logout,
                      SourceShape source, ExamplesShape examples) {}

    record RequestShape(String method, String path, Map<String, String> headers, String body) {}

    record LogoutShape(String extract, String method, String path, Map<String, String> headers, String body) {}

    record MatcherShape(List<Integer> status, WordsShape body, WordsShape header, Boolean caseInsensitive) {}

    record WordsShape(List<String> all, List<String> any, List<String> none) {
        static final WordsShape EMPTY = new WordsShape(null, null, null);
    }

    record SourceShape(String template, List<String> advisories, String note) {}

    record ExamplesShape(AnswerShape vulnerable, AnswerShape fixed) {}

    record AnswerShape(int status, Map<String, String> headers, String body) {}
}
