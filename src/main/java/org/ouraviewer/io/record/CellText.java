package org.ouraviewer.io.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers, days and lists written as text: every CSV cell, and what spreadsheets make of days
 * ({@code 7/11/2024}, {@code 11.07.2024}). Only what is unambiguous is read; the rest is an error of that
 * field, which skips its record.
 */
public final class CellText {
    /** Decimal numbers only: {@link Double#parseDouble} also takes {@code NaN}, hex and {@code 1d}. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})([T ].*)?");
    private static final Pattern SLASH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})( .*)?");
    private static final Pattern DOT_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})( .*)?");

    private CellText() {
    }

    /** A number written as text; {@code 1e999}, {@code NaN} and {@code Infinity} are not numbers of Oura data. */
    public static double number(String text, String field) {
        String s = text.strip();
        if (NUMBER.matcher(s).matches()) {
            double d = Double.parseDouble(s);
            if (Double.isFinite(d)) {
                return d;
            }
        }
        throw new RecordException(field + " should be a number, not \"" + clip(s) + "\"");
    }

    /**
     * A day: {@code 2024-07-11} (also the day of {@code 2024-07-11T…}), or a spreadsheet's {@code 7/11/2024}
     * (month first, as Excel writes them in the US, unless the first number cannot be a month) or
     * {@code 11.07.2024} (day first, as European spreadsheets write them).
     */
    public static LocalDate day(String text, String field) {
        String s = text.strip();
        try {
            Matcher m = ISO_DAY.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = SLASH_DAY.matcher(s);
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int year = Integer.parseInt(m.group(3));
                return a > 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
            }
            m = DOT_DAY.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            // said below
        }
        throw new RecordException(field + " is not a day (YYYY-MM-DD): \"" + clip(s) + "\"");
    }

    /** A list written in one cell: {@code a;b}, {@code a, b} or {@code ['a', 'b']}. */
    public static List<String> list(String text) {
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        return Arrays.stream(s.split("[;,]")).map(String::strip)
                .map(t -> t.length() >= 2 && (t.startsWith("'") && t.endsWith("'") || t.startsWith("\"")
                        && t.endsWith("\"")) ? t.substring(1, t.length() - 1) : t)
                .filter(t -> !t.isEmpty()).toList();
    }

    static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
