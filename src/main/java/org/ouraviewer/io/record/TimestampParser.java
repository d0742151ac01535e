package org.ouraviewer.io.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the timestamps Oura files carry: ISO-8601 with an offset ({@code 2022-12-01T10:38:25+00:00}), with
 * or without fractions ({@code .000}), {@code Z}, a space instead of {@code T} (pandas:
 * {@code 2026-01-22 01:32:58-08:00}), offsets as {@code +0200} or {@code +02}. {@link #epochSecond} reads
 * straight from a parser's characters: heart-rate files have millions of these, and
 * {@link OffsetDateTime#parse} would be most of their load time. Anything unusual goes to {@link #parse}.
 */
public final class TimestampParser {
    /** The last date read and its epoch day: rows come in time order, so most rows repeat the date. */
    private int lastDateKey = -1;
    private long lastEpochDay;

    public long epochSecond(char[] c, int off, int len) {
        if (len >= 20 && c[off + 4] == '-' && c[off + 7] == '-' && (c[off + 10] == 'T' || c[off + 10] == ' ')
                && c[off + 13] == ':'
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
        return parse("timestamp", new String(c, off, len), ZoneOffset.UTC).toEpochSecond();
    }

    /** Epoch seconds of a {@code timestamp_unix}: milliseconds in older exports, seconds in others. */
    public static long epochSecondOfUnix(double value) {
        if (!Double.isFinite(value)) {
            throw new RecordException("timestamp_unix is not a finite number");
        }
        // 1e11 seconds is the year 5138, 1e11 milliseconds is 1973: no Oura time is ambiguous
        return (long) Math.floor(Math.abs(value) >= 1e11 ? value / 1000 : value);
    }

    /**
     * A date and time in any of the forms above. Without an offset it is taken in {@code fallback} (the
     * record's own {@code timezone}, or UTC for heart-rate rows, which are UTC); with neither it fails.
     */
    public static OffsetDateTime parse(String field, String text, ZoneOffset fallback) {
        String s = text.strip();
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11).stripLeading();
        }
        int t = s.indexOf('T');
        int i = t + 1;
        while (t > 0 && i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '.')) {
            i++;
        }
        String offset = s.substring(i).strip();
        try {
            LocalDateTime local = LocalDateTime.parse(s.substring(0, i));
            ZoneOffset zone = offset.isEmpty() ? fallback : ZoneOffset.of(offset.equalsIgnoreCase("z") ? "Z" : offset);
            if (zone == null) {
                throw new RecordException(field + " has no time zone offset: \"" + clip(text) + "\"");
            }
            return OffsetDateTime.of(local, zone);
        } catch (DateTimeException | IndexOutOfBoundsException e) {
            throw new RecordException(field + " is not a date and time with an offset: \"" + clip(text) + "\"");
        }
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
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
            return seconds > 18 * 3600 ? Integer.MIN_VALUE : c[i] == '-' ? -seconds : seconds;
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
