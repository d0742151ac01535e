package org.ouraviewer.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first line of a CSV, as far as telling formats apart needs: its separator (the Membership Hub
 * export uses {@code ;}, Oura on the Web and the Trends CSV {@code ,}) and its column names. The file
 * itself is read by Jackson's CSV parser ({@link CsvRows}); this only looks at the first characters.
 */
record CsvHeader(char separator, List<String> names) {
    /** The header of a stream, which is left where it was (marked and reset). */
    static CsvHeader sniff(java.io.BufferedInputStream in) throws java.io.IOException {
        return of(TextHead.read(in));
    }

    /** The header in {@code head}, or null when the first line does not look like one. */
    static CsvHeader of(String head) {
        int end = lineEnd(head);
        String line = end < 0 ? head : head.substring(0, end);
        if (line.isBlank() || line.length() >= TextHead.MAX_HEADER_LINE || line.startsWith("{") || line.startsWith("[")) {
            return null;
        }
        char separator = mostFrequent(line);
        if (separator == 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String n : line.split(String.valueOf(separator), -1)) {
            names.add(unquote(n.strip()));
        }
        return names.stream().anyMatch(n -> n.chars().anyMatch(c -> c < 0x20)) ? null : new CsvHeader(separator, names);
    }

    /** The first line end: {@code \n}, {@code \r\n} or the old Mac's lone {@code \r}. */
    private static int lineEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Column names written more than once, each named once, in order. Readers keep the first column of a
     * name and say so: a later one silently winning would hide which values were read.
     */
    static List<String> duplicates(List<String> names) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> twice = new java.util.LinkedHashSet<>();
        for (String n : names) {
            if (!n.isEmpty() && !seen.add(n)) {
                twice.add(n);
            }
        }
        return List.copyOf(twice);
    }

    private static char mostFrequent(String line) {
        char best = 0;
        long bestCount = 0;
        for (char c : new char[] {',', ';', '\t'}) {
            long n = line.chars().filter(x -> x == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    boolean has(String name) {
        return names.contains(name);
    }

    /** Whether any column name starts with {@code prefix}. */
    boolean hasPrefix(String prefix) {
        return names.stream().anyMatch(n -> n.startsWith(prefix));
    }

    /** Column names squeezed to lower-case letters and digits ({@code "Total Bedtime "} → {@code totalbedtime}). */
    static String squeeze(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
