package org.ouraviewer.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Epoch seconds of an ISO-8601 timestamp with offset ({@code 2022-12-01T10:38:25+00:00}, fractions and
 * {@code Z} allowed), read straight from the parser's characters. Heart-rate files have millions of
 * these; {@link OffsetDateTime#parse} would be most of the load time. Anything unusual falls back to it.
 */
final class TimestampParser {
    /** The last date read and its epoch day: rows come in time order, so most rows repeat the date. */
    private int lastDateKey = -1;
    private long lastEpochDay;

    long epochSecond(char[] c, int off, int len) {
        if (len >= 20 && c[off + 4] == '-' && c[off + 7] == '-' && c[off + 10] == 'T' && c[off + 13] == ':'
                && c[off + 16] == ':') {
            try {
                int year = digits(c, off, 4);
                int month = digits(c, off + 5, 2);
                int day = digits(c, off + 8, 2);
                int hour = digits(c, off + 11, 2);
                int minute = digits(c, off + 14, 2);
                int second = digits(c, off + 17, 2);
                int i = off + 19;
                int end = off + len;
                if (i < end && c[i] == '.') {
                    i++;
                    while (i < end && c[i] >= '0' && c[i] <= '9') {
                        i++;
                    }
                }
                int offsetSeconds = offset(c, i, end);
                if (hour < 24 && minute < 60 && second < 60 && offsetSeconds != Integer.MIN_VALUE) {
                    long days = epochDay(year, month, day);
                    return days * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
                }
            } catch (NumberFormatException | DateTimeException e) {
                // fall through to the strict parser, which says what is wrong
            }
        }
        try {
            return OffsetDateTime.parse(new String(c, off, len)).toEpochSecond();
        } catch (DateTimeParseException e) {
            throw new RecordException("timestamp is not a date and time with an offset: \"" + new String(c, off,
                    Math.min(len, 40)) + "\"");
        }
    }

    private long epochDay(int year, int month, int day) {
        int key = year * 10_000 + month * 100 + day;
        if (key != lastDateKey) {
            lastEpochDay = LocalDate.of(year, month, day).toEpochDay();
            lastDateKey = key;
        }
        return lastEpochDay;
    }

    /** The offset in seconds at {@code c[i..end)}: {@code Z} or {@code ±HH:MM}; MIN_VALUE if neither. */
    private static int offset(char[] c, int i, int end) {
        if (end - i == 1 && (c[i] == 'Z' || c[i] == 'z')) {
            return 0;
        }
        if (end - i == 6 && (c[i] == '+' || c[i] == '-') && c[i + 3] == ':') {
            int seconds = digits(c, i + 1, 2) * 3600 + digits(c, i + 4, 2) * 60;
            return c[i] == '-' ? -seconds : seconds;
        }
        return Integer.MIN_VALUE;
    }

    private static int digits(char[] c, int off, int n) {
        int v = 0;
        for (int i = off; i < off + n; i++) {
            int d = c[i] - '0';
            if (d < 0 || d > 9) {
                throw new NumberFormatException();
            }
            v = v * 10 + d;
        }
        return v;
    }
}
