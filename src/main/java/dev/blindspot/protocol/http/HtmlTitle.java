package dev.blindspot.protocol.http;

import java.util.Optional;

/**
 * Extracts the text of the first {@code <title>} element: case-insensitive, whitespace collapsed, basic entities
 * ({@code &amp; &lt; &gt; &quot; &apos; &nbsp; &#NN; &#xHH;}) decoded, at most {@value #MAX_TITLE} characters.
 */
public final class HtmlTitle {

    static final int MAX_TITLE = 256;
    private static final int MAX_RAW = 4096;

    private HtmlTitle() {
    }

    public static Optional<String> extract(String html) {
        int open = indexOfIgnoreCase(html, "<title", 0);
        while (open >= 0 && open + 6 < html.length() && !isTagEnd(html.charAt(open + 6))) {
            open = indexOfIgnoreCase(html, "<title", open + 6);
        }
        if (open < 0) {
            return Optional.empty();
        }
        int start = html.indexOf('>', open);
        if (start < 0) {
            return Optional.empty();
        }
        int end = indexOfIgnoreCase(html, "</title", start + 1);
        if (end < 0 || end - start - 1 > MAX_RAW) {
            return Optional.empty();
        }
        String text = decodeEntities(html.substring(start + 1, end)).replaceAll("\\s+", " ").strip();
        if (text.length() > MAX_TITLE) {
            text = text.substring(0, MAX_TITLE);
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static boolean isTagEnd(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    static int indexOfIgnoreCase(String haystack, String needle, int from) {
        for (int i = Math.max(0, from); i + needle.length() <= haystack.length(); i++) {
            if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    static String decodeEntities(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String decoded = entity(s.substring(i + 1, semi));
                if (decoded != null) {
                    out.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default: break;
        }
        int cp;
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                cp = Integer.parseInt(name.substring(2), 16);
            } else if (name.startsWith("#")) {
                cp = Integer.parseInt(name.substring(1));
            } else {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        boolean valid = cp > 0 && Character.isValidCodePoint(cp) && (cp < 0xD800 || cp > 0xDFFF);
        return valid ? Character.toString(cp) : null;
    }
}
