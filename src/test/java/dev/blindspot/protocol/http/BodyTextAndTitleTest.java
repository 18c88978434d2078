package dev.blindspot.protocol.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class BodyTextAndTitleTest {

    @Test
    void utf8CutInsideACharacterByTheCapStaysUtf8() {
        byte[] full = "ab\u00e9\u76d1".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(full, full.length - 1);
        assertThat(BodyText.decode(cut, true)).isEqualTo("ab\u00e9");
        assertThat(BodyText.decode(cut, false)).isEqualTo(new String(cut, StandardCharsets.ISO_8859_1));
    }

    @Test
    void titleAbsentEmptyUnclosedOrLookalike() {
        assertThat(HtmlTitle.extract("<html><body>no title</body></html>")).isEmpty();
        assertThat(HtmlTitle.extract("<title>   </title>")).isEmpty();
        assertThat(HtmlTitle.extract("<title>never closed")).isEmpty();
        assertThat(HtmlTitle.extract("<titlebar>x</titlebar><title>Real</title>")).contains("Real");
    }

    @Test
    void titleIsBoundedAndBadEntitiesStayLiteral() {
        assertThat(HtmlTitle.extract("<title>" + "w ".repeat(1000) + "</title>").orElseThrow())
                .hasSize(HtmlTitle.MAX_TITLE);
        assertThat(HtmlTitle.extract("<title>&#0; &#xD800; &bogus; &#99999999999;</title>"))
                .contains("&#0; &#xD800; &bogus; &#99999999999;");
    }
}
