package org.ouraviewer.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "did you mean …": the known word closest to a mistyped one, when it is close enough to be meant. */
final class Suggestions {
    private Suggestions() {
    }

    /** The word of {@code known} at most two edits away from {@code typed} (or starting with it), closest first. */
    static Optional<String> closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(k -> distance(t, k) <= Math.min(2, Math.max(1, k.length() / 3)) || t.length() >= 3 && k.startsWith(t))
                .min(Comparator.comparingInt(k -> distance(t, k)));
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
