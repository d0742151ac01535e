package org.ouraviewer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns machine names ({@code sore_throat}, {@code strengthTraining}) into a sentence-cased phrase. */
final class Wording {
    /** Words that read as letters, not as words. */
    private static final Set<String> ACRONYMS = Set.of("cbd", "cpap", "covid", "glp", "hiit", "hrv", "lh", "mma",
            "pms", "spo2", "uv");

    private Wording() {
    }

    /** {@code sore_throat} → "Sore throat", {@code crossCountrySkiing} → "Cross country skiing". */
    static String phrase(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(ACRONYMS.contains(w) ? w.toUpperCase(Locale.ROOT) : w);
        }
        if (Character.isLowerCase(out.charAt(0))) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.toString();
    }

    /** Lower-case words split at underscores, hyphens, spaces and lower-to-upper case changes. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean separator = c == '_' || c == '-' || Character.isWhitespace(c);
            boolean camelBreak = Character.isUpperCase(c) && Character.isLowerCase(previous);
            if ((separator || camelBreak) && word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (!separator) {
                word.append(c);
            }
            previous = c;
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
