package dev.blindspot.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes for device strings: besides what JSON requires, C1 controls (U+0080-U+009F, e.g. the 8-bit CSI
 * U+009B), bidi controls (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069) and the line/paragraph separators
 * are written as {@code \\uXXXX}, so {@code cat report.json} cannot drive a terminal or reorder text. Ordinary
 * non-ASCII stays readable UTF-8.
 */
final class TerminalSafeEscapes extends CharacterEscapes {

    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return needsEscape(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }

    static boolean needsEscape(int ch) {
        return (ch >= 0x80 && ch <= 0x9F) || ch == 0x061C || ch == 0x200E || ch == 0x200F
                || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069) || ch == 0x2028 || ch == 0x2029;
    }
}
