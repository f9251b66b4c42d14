package org.ledgerline.ivr.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an AGI command line into words the way Asterisk's {@code parse_args} does: blanks separate
 * words, double quotes group (and may produce an empty word, as in {@code STREAM FILE x ""}), a
 * backslash makes the next character literal.
 */
final class AgiCommandLine {
    private AgiCommandLine() {}

    static List<String> parse(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        boolean escaped = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (escaped) {
                current.append(c);
                inWord = true;
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if ((c == ' ' || c == '\t') && !quoted) {
                if (inWord) {
                    words.add(current.toString());
                    current.setLength(0);
                    inWord = false;
                }
            } else {
                current.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(current.toString());
        }
        return words;
    }
}
