package dev.blindspot.exposure.routerconfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits one configuration line into words: blanks separate, double (and single) quotes group, backslash escapes. */
final class Words {

    private Words() {
    }

    /** The words of {@code line}; empty when a quote is not closed. */
    static Optional<List<String>> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            return Optional.empty();
        }
        if (inWord) {
            out.add(word.toString());
        }
        return Optional.of(out);
    }
}
