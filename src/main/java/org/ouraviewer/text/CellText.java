package org.ouraviewer.text;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How the tables write their cells: days with their weekday, lengths as hours and minutes, numbers. */
public final class CellText {
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private CellText() {
    }

    /** "2024-10-09 Wed": sorts as written, and the weekday helps find patterns. "" when missing. */
    public static String day(LocalDate day) {
        if (day == null) {
            return "";
        }
        return ISO_DAY.format(day) + " " + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault());
    }

    /** The clock time with the offset it was recorded in: "09:01 +07:00". "" when missing. */
    public static String clockWithOffset(OffsetDateTime t) {
        return t == null ? "" : Durations.clock(t) + " " + offset(t);
    }

    /** The offset as the API writes it: "+02:00", and "+00:00" rather than "Z". */
    public static String offset(OffsetDateTime t) {
        return t.getOffset().equals(ZoneOffset.UTC) ? "+00:00" : t.getOffset().getId();
    }

    /** "0:45", "12:05"; from a day on "2 d 3:00". "" when missing or negative. */
    public static String duration(Duration d) {
        if (d == null || d.isNegative()) {
            return "";
        }
        long minutes = Math.round(d.getSeconds() / 60.0);
        long days = minutes / (24 * 60);
        long rest = minutes % (24 * 60);
        String hm = (rest / 60) + ":" + String.format(Locale.ROOT, "%02d", rest % 60);
        return days > 0 ? days + " d " + hm : hm;
    }

    /** Whole minutes of a length, for files; "" when missing. */
    public static String minutes(Duration d) {
        return d == null ? "" : Long.toString(Math.round(d.getSeconds() / 60.0));
    }

    /** A number with {@code decimals} digits in the user's locale, "" when missing. */
    public static String number(Double value, int decimals) {
        return value == null ? "" : String.format(Locale.getDefault(), "%,." + decimals + "f", value);
    }

    /** A number for files: a dot for the decimal point, no grouping; "" when missing. */
    public static String plainNumber(Double value, int decimals) {
        return value == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
