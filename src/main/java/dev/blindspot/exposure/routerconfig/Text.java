package dev.blindspot.exposure.routerconfig;

/** Short quotes of configuration text for error messages. */
final class Text {

    private static final int MAX = 60;

    private Text() {
    }

    /** At most 60 characters, control characters replaced, "..." when cut. */
    static String shorten(String s) {
        return shorten(s, MAX);
    }

    static String shorten(String s, int max) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= max ? clean : clean.substring(0, max) + "...";
    }
}
