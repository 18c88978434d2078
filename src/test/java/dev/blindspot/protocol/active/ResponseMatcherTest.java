package dev.blindspot.protocol.active;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain word/status matchers that replace nuclei's matcher blocks. */
class ResponseMatcherTest {

    private static ResponseMatcher m(List<Integer> status, List<String> all, List<String> any, List<String> none,
                                     List<String> hAll, List<String> hAny, boolean ci) {
        return new ResponseMatcher(status, all, any, none, hAll, hAny, List.of(), ci);
    }

    @Test
    void everyGivenPartMustHold() {
        ResponseMatcher hik = m(List.of(200), List.of("<firmwareVersion>"), List.of(), List.of(), List.of(),
                List.of("application/xml"), false);
        assertThat(hik.match(200, "Content-Type: application/xml\n", "<firmwareVersion>V5</firmwareVersion>"))
                .contains(List.of("status 200", "<firmwareVersion>", "application/xml"));
        assertThat(hik.match(401, "Content-Type: application/xml\n", "<firmwareVersion>")).isEmpty();
        assertThat(hik.match(200, "Content-Type: text/html\n", "<firmwareVersion>")).isEmpty();
        assertThat(hik.match(200, "Content-Type: application/xml\n", "<firmwareversion>")).isEmpty();
    }

    @Test
    void allNeedsEveryWordAnyNeedsOne() {
        ResponseMatcher words = m(List.of(), List.of("name=", "pass="), List.of("zz", "b"), List.of(), List.of(),
                List.of(), false);
        assertThat(words.match(200, "", "name=x pass=y b")).contains(List.of("name=", "pass=", "b"));
        assertThat(words.match(200, "", "name=x b")).isEmpty();
        assertThat(words.match(200, "", "name=x pass=y")).isEmpty();
    }

    @Test
    void noneRejectsAnyWordAndCaseInsensitiveFolds() {
        ResponseMatcher none = m(List.of(200, 401), List.of(), List.of(), List.of("\"pwd\":"), List.of(), List.of(),
                false);
        assertThat(none.match(401, "", "")).isPresent();
        assertThat(none.match(200, "", "{\"uid\":\"admin\",\"pwd\":\"x\"}")).isEmpty();
        assertThat(none.match(500, "", "")).isEmpty();
        ResponseMatcher ci = m(List.of(200), List.of("ugm", "id:name:passwd"), List.of(), List.of(), List.of(),
                List.of(), true);
        assertThat(ci.match(200, "", "#UGM\n#ID:Name:Passwd:groupid")).isPresent();
        assertThat(ci.match(200, "", "#ID:Name:Passwd")).isEmpty();
    }

    @Test
    void headerNoneRejectsAnyOfItsWords() {
        ResponseMatcher key = new ResponseMatcher(List.of(200), List.of("-----BEGIN PRIVATE KEY-----"), List.of(),
                List.of(), List.of(), List.of(), List.of("application/json", "application/html"), false);
        assertThat(key.match(200, "Content-Type: application/octet-stream\n", "-----BEGIN PRIVATE KEY-----\nMII"))
                .isPresent();
        assertThat(key.match(200, "Content-Type: application/json\n", "-----BEGIN PRIVATE KEY-----")).isEmpty();
    }

    @Test
    void aMatcherWithoutConditionsIsRefused() {
        assertThatThrownBy(() -> m(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
