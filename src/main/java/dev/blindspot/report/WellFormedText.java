package dev.blindspot.report;

/**
 * Replaces unpaired UTF-16 surrogates with U+FFFD. A check that cuts a device string in the middle of a
 * surrogate pair would otherwise have it written as {@code ?} by the UTF-8 generator, or as a lone
 * {@code \uD83D} escape, which I-JSON (RFC 7493) forbids; U+FFFD at least says "something was here".
 */
final class WellFormedText {

    private WellFormedText() {}

    static String of(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
