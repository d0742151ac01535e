package org.ouraviewer.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ouraviewer.io.record.RecordSink;

/**
 * Days a spreadsheet rewrote as {@code 7/11/2024}: read month first (as Excel writes them in the US), which
 * is a guess when both numbers could be the month. The first such day of a file is named in a warning, once
 * per file, so a European user sees why 7 November shows as 11 July.
 */
final class SpreadsheetDays {
    private static final Pattern SLASH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})( .*)?");
    private static final Set<String> DAY_COLUMNS = Set.of("day", "date", "summary_date", "start_day", "end_day");

    private final int[] columns;
    private boolean warned;

    SpreadsheetDays(List<String> header) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (DAY_COLUMNS.contains(header.get(i).strip().toLowerCase(Locale.ROOT))) {
                found.add(i);
            }
        }
        columns = found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Looks at the current row's day cells until one is ambiguous, and warns of that one. */
    void check(CsvRows rows, RecordSink sink) {
        for (int i = 0; i < columns.length && !warned; i++) {
            String cell = rows.cell(columns[i]).strip();
            Matcher m = SLASH_DAY.matcher(cell);
            if (m.matches()) {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(2));
                if (first != second && first >= 1 && first <= 12 && second >= 1 && second <= 12) {
                    warned = true;
                    sink.warn(rows.where() + ": the day \"" + m.group(1) + "/" + m.group(2) + "/" + m.group(3)
                            + "\" could be month or day first; days like it are read month first");
                }
            }
        }
    }
}
