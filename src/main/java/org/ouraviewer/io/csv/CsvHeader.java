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
    private static final int MAX_HEADER = 8192;

    /** The header of a stream, which is left where it was (marked and reset). */
    static CsvHeader sniff(java.io.BufferedInputStream in) throws java.io.IOException {
        in.mark(MAX_HEADER + 16);
        byte[] head = in.readNBytes(MAX_HEADER);
        in.reset();
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
        return of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** The header in {@code head}, or null when the first line does not look like one. */
    static CsvHeader of(String head) {
        int end = head.indexOf('\n');
        String line = (end < 0 ? head : head.substring(0, end)).replace("\r", "");
        if (line.isBlank() || line.length() > MAX_HEADER || line.startsWith("{") || line.startsWith("[")) {
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
