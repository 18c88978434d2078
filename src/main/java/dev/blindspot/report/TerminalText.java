package dev.blindspot.report;

/**
 * Makes a string from a device safe to print on a terminal: removes ANSI escape sequences (ESC and C1 forms
 * of CSI, OSC, DCS, SOS, PM, APC and two-character escapes), turns line breaks and tabs into spaces, replaces
 * every other control or format character (C0, DEL, C1, bidi overrides, zero-width marks) and unpaired
 * surrogates with {@code ?}, collapses runs of spaces and truncates to a number of code points.
 */
public final class TerminalText {

    /** Default longest value printed, in code points. */
    public static final int DEFAULT_MAX = 160;

    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;
    private static final char C1_ST = 0x9c;

    private TerminalText() {}

    public static String clean(String s) {
        return clean(s, DEFAULT_MAX);
    }

    /** The cleaned text, at most {@code max} code points plus {@code "..."} when it was cut. */
    public static String clean(String s, int max) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), max + 8));
        int count = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == ESC) {
                i = skipEscape(s, next);
                continue;
            }
            if (cp == 0x9b) {
                i = skipCsi(s, next);
                continue;
            }
            if (cp == 0x90 || cp == 0x98 || cp == 0x9d || cp == 0x9e || cp == 0x9f) {
                i = skipString(s, next);
                continue;
            }
            i = next;
            String shown = shown(cp);
            if (shown.equals(" ") && (out.isEmpty() || out.charAt(out.length() - 1) == ' ')) {
                continue;
            }
            if (count == max) {
                return out.toString().stripTrailing() + "...";
            }
            out.append(shown);
            count++;
        }
        return out.toString().stripTrailing();
    }

    /** What to print for one code point that is not part of an escape sequence. */
    private static String shown(int cp) {
        if (cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x0b || cp == 0x0c || cp == 0x85
                || cp == 0x2028 || cp == 0x2029) {
            return " ";
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
            return "?";
        }
        return Character.toString(cp);
    }

    /** {@code from} is just after ESC; returns the index after the whole sequence. */
    private static int skipEscape(String s, int from) {
        if (from >= s.length()) {
            return from;
        }
        char c = s.charAt(from);
        return switch (c) {
            case '[' -> skipCsi(s, from + 1);
            case ']', 'P', 'X', '^', '_' -> skipString(s, from + 1);
            default -> {
                int i = from;
                while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2f) {
                    i++; // intermediate bytes
                }
                yield i < s.length() && s.charAt(i) >= 0x30 && s.charAt(i) <= 0x7e ? i + 1 : i;
            }
        };
    }

    /** Parameter and intermediate bytes, then one final byte 0x40-0x7E; stops early at anything else. */
    private static int skipCsi(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x3f) {
            i++;
        }
        return i < s.length() && s.charAt(i) >= 0x40 && s.charAt(i) <= 0x7e ? i + 1 : i;
    }

    /** OSC, DCS, SOS, PM, APC: everything up to BEL, ESC \ or C1 ST (or the end of the string). */
    private static int skipString(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == BEL || c == C1_ST) {
                return i + 1;
            }
            if (c == ESC) {
                return i + 1 < s.length() && s.charAt(i + 1) == '\\' ? i + 2 : i;
            }
            i++;
        }
        return i;
    }
}
