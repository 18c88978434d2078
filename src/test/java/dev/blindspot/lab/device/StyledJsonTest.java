package dev.blindspot.lab.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** jsoncpp StyledWriter layout rules beyond what the Reolink samples exercise. */
class StyledJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sortsKeysAndPutsShortScalarArraysOnOneLine() throws Exception {
        String out = StyledJson.render(JSON.readTree("{\"b\":[\"guest\",\"admin\"],\"a\":{},\"C\":[]}"));

        assertThat(out).isEqualTo("{\n   \"C\" : [],\n   \"a\" : {},\n   \"b\" : [ \"guest\", \"admin\" ]\n}\n");
    }

    @Test
    void breaksScalarArraysThatWouldPassTheRightMargin() throws Exception {
        String longText = "x".repeat(70);
        String out = StyledJson.render(JSON.readTree("{\"list\":[\"" + longText + "\",1]}"));

        assertThat(out).isEqualTo("{\n   \"list\" : [\n      \"" + longText + "\",\n      1\n   ]\n}\n");
    }

    @Test
    void escapesQuotesAndControlCharacters() throws Exception {
        assertThat(StyledJson.render(JSON.readTree("[\"a\\\"b\\u0001\"]"))).isEqualTo("[ \"a\\\"b\\u0001\" ]\n");
    }

    @Test
    void inlineJsonIsTheDvripOneLineLayout() throws Exception {
        assertThat(InlineJson.render(JSON.readTree("{\"Ret\":100,\"Name\":\"SystemInfo\",\"SystemInfo\":null}")))
                .isEqualTo("{ \"Name\" : \"SystemInfo\", \"Ret\" : 100, \"SystemInfo\" : null }");
    }
}
