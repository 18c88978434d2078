package dev.blindspot.report.render;

/**
 * The one escaper of the HTML report. Every string goes through {@link #text} before it reaches the page, in text
 * and in quoted attribute values alike (the report never puts strings into script, style or unquoted contexts);
 * links are written only for http(s) references through {@link #href}.
 */
final class Html {

    private Html() {}

    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A safe link target: the reference when it is an absolute http(s) URL without spaces, else empty. */
    static String href(String reference) {
        String r = reference == null ? "" : reference.trim();
        boolean web = (r.startsWith("https://") || r.startsWith("http://")) && r.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>');
        return web ? text(r) : "";
    }
}
