package dev.blindspot.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    private static void assertSafe(String s) {
        assertThat(s.chars()).noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f));
    }

    @Test
    void removesCsiAndOscSequences() {
        String cleaned = TerminalText.clean("App-webs/\u001b[2J\u001b]0;pwned\u0007 ok");

        assertThat(cleaned).isEqualTo("App-webs/ ok");
        assertSafe(cleaned);
    }

    @Test
    void oscEndedByStringTerminatorAndUnterminatedStringsAreRemoved() {
        assertThat(TerminalText.clean("a\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\b")).isEqualTo("alinkb");
        assertThat(TerminalText.clean("a\u001bP+q\u001b\\b")).isEqualTo("ab");
        assertThat(TerminalText.clean("a\u001b]0;never ends")).isEqualTo("a");
        assertThat(TerminalText.clean("a\u001b_apc\u009cb")).isEqualTo("ab");
    }

    @Test
    void removesC1FormsOfCsiAndOsc() {
        assertThat(TerminalText.clean("x\u009b31my\u009d0;t\u0007z")).isEqualTo("xyz");
    }

    @Test
    void removesShortEscapesAndCharsetDesignations() {
        assertThat(TerminalText.clean("a\u001bcb\u001b(Bc\u001b7d\u001b")).isEqualTo("abcd");
    }

    @Test
    void lineBreaksBecomeSingleSpacesSoNoLineCanBeInjected() {
        String cleaned = TerminalText.clean("admin\r\n[CRITICAL] 10.0.0.1 all good\u2028x\u0085y");

        assertThat(cleaned).isEqualTo("admin [CRITICAL] 10.0.0.1 all good x y");
        assertSafe(cleaned);
    }

    @Test
    void otherControlAndFormatCharactersBecomeQuestionMarks() {
        assertThat(TerminalText.clean("a\u0000b\u0008c\u007fd\u0090e")).isEqualTo("a?b?c?d");
        assertThat(TerminalText.clean("evil\u202Etxt.exe\u200B")).isEqualTo("evil?txt.exe?");
        assertThat(TerminalText.clean("cut \uD83D")).isEqualTo("cut ?");
    }

    @Test
    void keepsOrdinaryUnicode() {
        assertThat(TerminalText.clean("Caméra entrée \uD83D\uDCF7 日本")).isEqualTo("Caméra entrée \uD83D\uDCF7 日本");
    }

    @Test
    void truncatesByCodePointsWithAnEllipsis() {
        assertThat(TerminalText.clean("x".repeat(500))).isEqualTo("x".repeat(160) + "...");
        assertThat(TerminalText.clean("\uD83D\uDCF7".repeat(5), 3)).isEqualTo("\uD83D\uDCF7".repeat(3) + "...");
        assertThat(TerminalText.clean("abc", 3)).isEqualTo("abc");
        assertThat(TerminalText.clean("ab \n\n cd", 3)).isEqualTo("ab...");
    }

    @Test
    void hugeHostileInputIsBoundedAndFast() {
        String s = ("\u001b[31m" + "A".repeat(10) + "\n").repeat(200_000);

        String cleaned = TerminalText.clean(s, 50);

        assertThat(cleaned).hasSize(53).endsWith("...");
        assertSafe(cleaned);
    }

    @Test
    void nullIsEmpty() {
        assertThat(TerminalText.clean(null)).isEmpty();
    }
}
